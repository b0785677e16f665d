package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ExperimentSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lstm97 validate FILE...}: checks experiment files without running anything or writing anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check experiment files (types, keys, values) without running; writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Experiment files (YAML).")
    List<Path> files;

    @Option(names = "--profile", defaultValue = "paper", description = "Profile to check (default: ${DEFAULT-VALUE}).")
    String profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (ExperimentSpec e : Wiring.load(files, profile)) {
            spec.commandLine().getOut().printf("%s: ok (%s, table %s, %d rows, %d trials, profile %s)%n",
                    e.source(), e.name(), e.table(), e.rows().size(), e.trialCount(), e.profile());
        }
        return Lstm97.OK;
    }
}
