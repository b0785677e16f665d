package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.reports.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lstm97 reproduce}: runs every experiment file of a suite (the paper's tables by default, or {@code --suite
 * beyond}: the later LSTMs beside the 1997 LSTM), then reports.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run every experiment of a suite (the files embedded in lstm97, or those of --dir), then report.")
final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--dir", description = "Run the experiment files of this folder instead of the embedded ones.")
    Path dir;

    @Option(names = "--only", split = ",", description = "Run only these experiments (names, comma-separated).")
    List<String> only;

    @Option(names = "--suite", defaultValue = "paper", description = "The embedded files to run: paper (the paper's "
            + "tables) or beyond (the later LSTMs beside the 1997 LSTM; results in results/beyond, or "
            + "results/beyond-<profile> for a profile other than paper) (default: ${DEFAULT-VALUE}).")
    String suite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExperimentSpec> specs = dir == null ? PaperExperiments.embedded(suite, options.profile)
                : Wiring.load(PaperExperiments.inFolder(dir), options.profile);
        String folder = resultsFolder(suite, options.profile);
        if (options.results == null) {
            options.results = Path.of("results", folder);
        }
        if (only != null) {
            for (String name : only) {
                if (specs.stream().noneMatch(s -> s.name().equals(name))) {
                    throw new ConfigException("--only: unknown experiment '" + name + "'; known: "
                            + String.join(", ", specs.stream().map(ExperimentSpec::name).toList()));
                }
            }
            specs = specs.stream().filter(s -> only.contains(s.name())).toList();
        }
        if (specs.isEmpty()) {
            throw new ConfigException("no experiment files to run");
        }
        Runs.run(specs, options, spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.write(options.results(), Path.of("reports", folder), Format.all(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.printSummary(options.results(), spec.commandLine().getOut());
        return Lstm97.OK;
    }

    /** {@code <profile>} for the paper suite; {@code beyond} (paper profile) or {@code beyond-<profile>} otherwise. */
    static String resultsFolder(String suite, String profile) {
        if (suite.equals("paper")) {
            return profile;
        }
        return profile.equals("paper") ? suite : suite + "-" + profile;
    }
}
