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

/** {@code lstm97 reproduce}: runs every paper experiment file, then reports. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run every paper experiment (the files embedded in lstm97, or those of --dir), then report.")
final class ReproduceCommand implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Option(names = "--dir", description = "Run the experiment files of this folder instead of the embedded ones.")
    Path dir;

    @Option(names = "--only", split = ",", description = "Run only these experiments (names, comma-separated).")
    List<String> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExperimentSpec> specs = dir == null ? PaperExperiments.embedded(options.profile)
                : Wiring.load(PaperExperiments.inFolder(dir), options.profile);
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
        Reports.write(options.results(), Path.of("reports", options.profile), Format.all(),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.printSummary(options.results(), spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
