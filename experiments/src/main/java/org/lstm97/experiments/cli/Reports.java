package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.lstm97.reports.Format;
import org.lstm97.reports.GeneratedReport;
import org.lstm97.reports.ReportGenerator;

/**
 * The CLI's side of the reports: print the summary, write the report files, pass on warnings. Every report
 * knows the paper's own experiment files ({@link PaperExperiments#suite()}), so a paper folder reports only
 * those.
 */
final class Reports {
    private Reports() {}

    /** {@code reports/<name of the results folder>}. */
    static Path defaultOut(Path results) {
        Path name = results.toAbsolutePath().normalize().getFileName();
        return Path.of("reports", name == null ? "results" : name.toString());
    }

    static void printSummary(Path results, PrintWriter out) {
        out.print(ReportGenerator.summary(results, PaperExperiments.suite()));
        out.flush();
    }

    static void write(Path results, Path outDir, Set<Format> formats, PrintWriter out, PrintWriter err) {
        GeneratedReport report = ReportGenerator.generate(results, outDir, formats, PaperExperiments.suite());
        report.warnings().forEach(w -> err.println(Lstm97.PREFIX + "warning: " + w));
        out.printf("wrote %d report files to %s%n", report.files().size(), outDir);
    }
}
