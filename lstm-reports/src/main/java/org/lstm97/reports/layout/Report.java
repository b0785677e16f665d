package org.lstm97.reports.layout;

import java.util.List;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * A whole report: the run facts, the paper-style tables in the paper's order, tolerated problems, and the
 * verdict rule its rows were judged by (stated once at the top of every rendering).
 */
public record Report(RunFacts facts, List<PaperTable> tables, List<String> warnings, String rule) {

    public Report {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** A report judged by {@link VerdictRule#DEFAULT}. */
    public Report(RunFacts facts, List<PaperTable> tables, List<String> warnings) {
        this(facts, tables, warnings, VerdictRule.DEFAULT.statement());
    }
}
