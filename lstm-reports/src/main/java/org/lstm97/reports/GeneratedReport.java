package org.lstm97.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportGenerator#generate} wrote.
 *
 * @param files    every file written, in the order written
 * @param warnings problems that were tolerated (e.g. a torn last result line), one line each
 */
public record GeneratedReport(List<Path> files, List<String> warnings) {

    public GeneratedReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
