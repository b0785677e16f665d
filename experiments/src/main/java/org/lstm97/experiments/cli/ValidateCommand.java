package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigOverride;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lstm97 validate FILE...}: checks experiment files without running anything or writing anything. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check experiment files (types, keys, values, grid size) without running; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Experiment files (YAML).")
    List<Path> files;

    @Option(
            names = "--profile",
            defaultValue = ExperimentLoader.PAPER,
            description = "Profile to check (default: ${DEFAULT-VALUE}, the file as written).")
    String profile;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE", description = "An override, as for run (repeatable).")
    List<String> settings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ConfigOverride> overrides =
                settings.stream().map(ConfigOverride::parse).toList();
        for (ExperimentSpec e : Wiring.load(files, profile, overrides)) {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s: ok (%s, %s, %d rows, %d trials, profile %s)%n",
                            e.source(),
                            e.name(),
                            e.table() == null ? "no paper table" : "table " + e.table(),
                            e.rows().size(),
                            e.trialCount(),
                            e.profile());
        }
        return Lstm97.OK;
    }
}
