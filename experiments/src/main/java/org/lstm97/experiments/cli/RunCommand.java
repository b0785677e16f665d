package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigOverride;
import org.lstm97.core.config.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 run FILE...}: runs experiment files, resuming what is stored. Each experiment is stored in a
 * folder of its own ({@code results/<experiment>}; see {@link RunOptions#runFolder}), never among the paper's
 * results, and runs as written unless {@code --profile} names one of the file's profiles.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run experiment files as written (or with --profile, --set); each is stored in "
                + "results/<experiment>; trials already stored with the same configuration are skipped.")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Experiment files (YAML).")
    List<Path> files;

    @Mixin
    RunOptions options;

    @Option(
            names = "--set",
            paramLabel = "KEY.PATH=VALUE",
            description = "Override a key of the file after its "
                    + "profile, validated like the file and recorded in experiment.json (repeatable): --set trials=2, "
                    + "--set task.T=50, --set variants.lstm.learner.learningRate=0.1. The value is read as YAML.")
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ConfigOverride> overrides =
                settings.stream().map(ConfigOverride::parse).toList();
        List<ExperimentSpec> specs = Wiring.load(files, options.profile, overrides);
        Runs.run(
                specs,
                options,
                options::runFolder,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        for (ExperimentSpec e : specs) {
            Reports.printSummary(options.runFolder(e), spec.commandLine().getOut());
        }
        return Lstm97.OK;
    }
}
