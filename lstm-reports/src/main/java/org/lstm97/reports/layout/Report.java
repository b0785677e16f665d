package org.lstm97.reports.layout;

import java.util.List;

/** A whole report: the run facts, the paper-style tables in the paper's order, and tolerated problems. */
public record Report(RunFacts facts, List<PaperTable> tables, List<String> warnings) {

    public Report {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }
}
