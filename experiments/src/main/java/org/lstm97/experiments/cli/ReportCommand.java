package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lstm97 report}: tables from a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Summarise a results folder.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--results", defaultValue = "results/quick",
            description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Reports.printSummary(results, spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
