package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lstm97.reports.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lstm97 report}: the paper's tables, ours beside them, from a results folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the paper-style report (Markdown, LaTeX, HTML, CSV, plots) of a results folder and "
                + "print its summary.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--results", defaultValue = "results/quick",
            description = "Results folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--out", description = "Output folder (default: reports/<name of the results folder>).")
    Path out;

    @Option(names = "--format", defaultValue = "md,tex,html,csv",
            description = "Formats, comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path outDir = out != null ? out : Path.of("reports", results.toAbsolutePath().normalize().getFileName()
                .toString());
        Reports.write(results, outDir, Format.parse(formats), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        Reports.printSummary(results, spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
