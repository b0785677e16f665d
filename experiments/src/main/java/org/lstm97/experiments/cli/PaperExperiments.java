package org.lstm97.experiments.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ConfigNode;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.reports.load.PaperSuite;

/**
 * The embedded experiment files, one folder per suite ({@code paper/*.yaml}: the paper's tables;
 * {@code beyond/*.yaml}: the later LSTMs beside the 1997 LSTM; {@code readings/*.yaml}: the rows that do not
 * reproduce under every documented reading), or the files of a folder.
 */
final class PaperExperiments {
    static final String PREFIX = "paper/";
    /** The file of each suite folder that names its experiment files. */
    static final String INDEX = "index.txt";
    /** The suites {@code reproduce --suite} knows, each a folder of the jar. */
    static final List<String> SUITES = List.of("paper", "beyond", "readings");

    private PaperExperiments() {}

    private static PaperSuite suite;

    /**
     * The paper's own experiments (the embedded files): name, table and the rows of every profile. A results
     * folder holding any of them is a paper folder, whose report takes only these.
     */
    static synchronized PaperSuite suite() {
        if (suite == null) {
            ExperimentLoader loader = new ExperimentLoader(Wiring.registry());
            Map<String, PaperSuite.Entry> entries = new LinkedHashMap<>();
            for (String name : embeddedNames()) {
                ConfigNode root = YamlReader.parse(text(name), name);
                Set<String> profiles = new TreeSet<>();
                profiles.add(ExperimentLoader.PAPER);
                if (root.get("profiles") != null && root.get("profiles").isMap()) {
                    profiles.addAll(root.get("profiles").entries().keySet());
                }
                Set<String> rows = new LinkedHashSet<>();
                ExperimentSpec first = null;
                for (String profile : profiles) {
                    ExperimentSpec spec = loader.parse(root, name, profile);
                    first = first == null ? spec : first;
                    spec.rows().forEach(r -> rows.add(r.row()));
                }
                entries.put(first.name(), new PaperSuite.Entry(first.table(), rows));
            }
            suite = new PaperSuite(entries);
        }
        return suite;
    }

    private static String text(String name) {
        try (InputStream in = PaperExperiments.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read embedded " + name, e);
        }
    }

    /** Every embedded experiment file of the paper suite with {@code profile} applied, sorted by name. */
    static List<ExperimentSpec> embedded(String profile) {
        return embedded("paper", profile);
    }

    /** Every embedded experiment file of {@code suite} with {@code profile} applied, sorted by name. */
    static List<ExperimentSpec> embedded(String suite, String profile) {
        if (!SUITES.contains(suite)) {
            throw new ConfigException("--suite: unknown suite '" + suite + "'; known: " + String.join(", ", SUITES));
        }
        ExperimentLoader loader = new ExperimentLoader(Wiring.registry());
        List<ExperimentSpec> specs = new ArrayList<>();
        for (String name : embeddedNames(suite + "/")) {
            try (InputStream in = PaperExperiments.class.getClassLoader().getResourceAsStream(name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                specs.add(loader.parse(YamlReader.parse(text, name), name, profile));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read embedded " + name, e);
            }
        }
        return specs;
    }

    /** The names of the embedded paper files ({@code paper/table1-embedded-reber.yaml}, ...), sorted. */
    static List<String> embeddedNames() {
        return embeddedNames(PREFIX);
    }

    /**
     * The names of the embedded files under {@code prefix} (a folder name and '/'), sorted: the folder's
     * {@value #INDEX}, one file name a line, which a test holds to the folder's {@code *.yaml} files.
     */
    static List<String> embeddedNames(String prefix) {
        String index = prefix + INDEX;
        try (InputStream in = PaperExperiments.class.getClassLoader().getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("no embedded " + index);
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(prefix + line.strip());
                }
            }
            names.sort(null);
            return names;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read embedded " + index, e);
        }
    }

    /** The {@code *.yaml} files of {@code dir}, sorted. */
    static List<Path> inFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir + ": no such folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot list (" + e.getMessage() + ")");
        }
    }
}
