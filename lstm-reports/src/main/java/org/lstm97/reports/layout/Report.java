package org.lstm97.reports.layout;

import java.util.List;

/**
 * A whole report: the run facts, the tables in the paper's order, and tolerated problems.
 *
 * @param facts    what every report states about the run
 * @param tables   the tables, paper tables first
 * @param warnings problems that were tolerated, one line each
 */
public record Report(RunFacts facts, List<PaperTable> tables, List<String> warnings) {
    /** What a smoke-test report (the quick profile) says at its top. */
    public static final String SMOKE_TEST_NOTE = "Smoke test (profile quick): one or two trials per row with reduced "
            + "budgets, test sets and, in places, settings (each row's label shows what ran). It shows that every "
            + "row runs end to end; it cannot tell whether a row reproduces the paper, so it gives no verdicts. "
            + "The paper profile (--profile paper) does.";

    public Report {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** Whether any table is a smoke test. */
    public boolean smokeTest() {
        return tables.stream().anyMatch(PaperTable::smokeTest);
    }
}
