package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lstm97.reports.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 report}: the paper's tables, ours beside them, from a results folder (the paper's, with
 * experiment folders inside, or one experiment's folder as {@code run} writes it).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the paper-style report (Markdown, LaTeX, HTML, CSV, plots) of a results folder, all "
                + "at once, and print its summary. A folder holding the paper's experiments reports only those.")
final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--results",
            defaultValue = "results/quick",
            paramLabel = "DIR",
            description = "Results folder: experiment folders, or one experiment's folder (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Output folder, replaced as a whole; it may hold "
                    + "only an earlier report (default: reports/<name of the results folder>).")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "md,tex,html,csv",
            description = "Formats, comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path outDir = out != null ? out : Reports.defaultOut(results);
        Reports.write(
                results,
                outDir,
                Format.parse(formats),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        Reports.printSummary(results, spec.commandLine().getOut());
        return Lstm97.OK;
    }
}
