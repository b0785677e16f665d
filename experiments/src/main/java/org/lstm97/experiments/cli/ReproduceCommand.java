package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.Suggestions;
import org.lstm97.reports.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lstm97 reproduce}: runs every paper experiment file into {@code results/<profile>} (or
 * {@code --results}), then reports it into {@code reports/<name of that folder>} (or {@code --out}).
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run every paper experiment (the files embedded in lstm97, or those of --dir) into "
                + "results/<profile>, then report.")
final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--dir", description = "Run the experiment files of this folder instead of the embedded ones.")
    Path dir;

    @Option(names = "--only", split = ",", description = "Run only these experiments (names, comma-separated).")
    List<String> only;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report folder (default: reports/<name of the results folder>).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExperimentSpec> specs = dir == null ? PaperExperiments.embedded(options.profile)
                : Wiring.load(PaperExperiments.inFolder(dir), options.profile);
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
        Path results = options.reproduceRoot();
        Path reportDir = out != null ? out : Reports.defaultOut(results);
        org.lstm97.reports.ReportGenerator.checkOut(reportDir);
        Runs.run(specs, options, e -> results.resolve(e.name()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        Reports.write(results, reportDir, Format.all(), spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.printSummary(results, spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
