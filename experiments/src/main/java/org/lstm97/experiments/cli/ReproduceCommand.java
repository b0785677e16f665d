package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.Suggestions;
import org.lstm97.reports.Format;
import org.lstm97.reports.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 reproduce}: runs every experiment file of a suite (the paper's tables by default, {@code --suite
 * beyond}: the later LSTMs beside the 1997 LSTM, or {@code --suite readings}: the rows that do not reproduce under
 * every documented reading) into {@code results/<folder>} (or {@code --results}), then reports it into
 * {@code reports/<name of that folder>} (or {@code --out}).
 */
@Command(
        name = "reproduce",
        mixinStandardHelpOptions = true,
        description = "Run every experiment of a suite (the files embedded in lstm97, or those of --dir) into "
                + "results/<profile> (results/<suite> for --suite beyond or readings), then report.")
final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--dir", description = "Run the experiment files of this folder instead of the embedded ones.")
    Path dir;

    @Option(names = "--only", split = ",", description = "Run only these experiments (names, comma-separated).")
    List<String> only;

    @Option(
            names = "--suite",
            defaultValue = "paper",
            description = "The embedded files to run: paper (the paper's "
                    + "tables), beyond (the later LSTMs beside the 1997 LSTM) or readings (the rows that do not reproduce, "
                    + "under every documented reading); beyond and readings go to results/<suite>, or "
                    + "results/<suite>-<profile> for a profile other than paper (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Report folder (default: reports/<name of the results folder>).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExperimentSpec> specs = dir == null
                ? PaperExperiments.embedded(suite, options.profile)
                : Wiring.load(PaperExperiments.inFolder(dir), options.profile);
        String folder = resultsFolder(suite, options.profile);
        if (only != null) {
            List<String> names = specs.stream().map(ExperimentSpec::name).toList();
            for (String name : only) {
                if (!names.contains(name)) {
                    throw new ConfigException("--only: unknown experiment '" + name + "'"
                            + Suggestions.didYouMean(name, names) + "; known: " + String.join(", ", names));
                }
            }
            specs = specs.stream().filter(s -> only.contains(s.name())).toList();
        }
        if (specs.isEmpty()) {
            throw new ConfigException("no experiment files to run");
        }
        Path results = options.results != null ? options.results : Path.of("results", folder);
        Path reportDir = out != null ? out : Reports.defaultOut(results);
        ReportGenerator.checkOut(reportDir);
        Runs.run(
                specs,
                options,
                e -> results.resolve(e.name()),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        Reports.write(
                results,
                reportDir,
                Format.all(),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        Reports.printSummary(results, spec.commandLine().getOut());
        return Lstm97.OK;
    }

    /** {@code <profile>} for the paper suite; {@code <suite>} (paper profile) or {@code <suite>-<profile>} otherwise. */
    static String resultsFolder(String suite, String profile) {
        if (suite.equals("paper")) {
            return profile;
        }
        return profile.equals("paper") ? suite : suite + "-" + profile;
    }
}
