package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lstm97 run FILE...}: runs experiment files into the results folder, resuming what is stored. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run experiment files; trials already stored with the same configuration are skipped.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Experiment files (YAML).")
    List<Path> files;

    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ExperimentSpec> specs = Wiring.load(files, options.profile);
        Runs.run(specs, options, spec.commandLine().getOut(), spec.commandLine().getErr());
        Reports.printSummary(options.results(), spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
