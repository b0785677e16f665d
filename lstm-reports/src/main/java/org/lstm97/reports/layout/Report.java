package org.lstm97.reports.layout;

import java.util.List;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * A whole report: the run facts, the tables in the paper's order, tolerated problems, and the verdict rule its
 * rows were judged by (stated once at the top of every rendering).
 *
 * @param facts    what every report states about the run
 * @param tables   the tables, paper tables first
 * @param warnings problems that were tolerated, one line each
 * @param rule     the verdict rule's statement
 */
public record Report(ReportFacts facts, List<PaperTable> tables, List<String> warnings, String rule) {
    /** What a smoke-test report (the quick profile) says at its top. */
    public static final String SMOKE_TEST_NOTE = "Smoke test (profile quick): one or two trials per row with reduced "
            + "budgets, test sets and, in places, settings (each row's label shows what ran). It shows that every "
            + "row runs end to end; it cannot tell whether a row reproduces the paper, so it gives no verdicts. "
            + "The paper profile (--profile paper) does.";

    public Report {
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
    }

    /** A report judged by {@link VerdictRule#DEFAULT}. */
    public Report(ReportFacts facts, List<PaperTable> tables, List<String> warnings) {
        this(facts, tables, warnings, VerdictRule.DEFAULT.statement());
    }

    /** Whether any table is a smoke test. */
    public boolean smokeTest() {
        return tables.stream().anyMatch(PaperTable::smokeTest);
    }
}
