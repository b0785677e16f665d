package org.lstm97.experiments.paper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;

/** Loads the embedded paper experiment files and runs single trials of their rows. */
final class PaperFiles {
    static final Registry REGISTRY = Plugins.registry();

    private PaperFiles() {}

    static ExperimentSpec load(String name, String profile) {
        String resource = "paper/" + name + ".yaml";
        try (InputStream in = PaperFiles.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ExperimentLoader(REGISTRY).parse(YamlReader.parse(text, resource), resource, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RowSpec row(ExperimentSpec spec, String row) {
        return spec.rows().stream().filter(r -> r.row().equals(row)).findFirst().orElseThrow();
    }

    static TrialResult runTrial(RowSpec row, int trial, String profile) {
        return new TrialRunner(REGISTRY).run(new TrialSpec(row, trial, profile));
    }
}
