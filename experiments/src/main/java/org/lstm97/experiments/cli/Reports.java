package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.lstm97.reports.Format;
import org.lstm97.reports.GeneratedReport;
import org.lstm97.reports.ReportGenerator;

/** The CLI's side of the reports: print the summary, write the report files, pass on warnings. */
final class Reports {
    private Reports() {
    }

    static void printSummary(Path results, PrintWriter out) {
        out.print(ReportGenerator.summary(results));
        out.flush();
    }

    static void write(Path results, Path outDir, Set<Format> formats, PrintWriter out, PrintWriter err) {
        GeneratedReport report = ReportGenerator.generate(results, outDir, formats);
        report.warnings().forEach(w -> err.println("warning: " + w));
        out.printf("wrote %d report files to %s%n", report.files().size(), outDir);
    }
}
