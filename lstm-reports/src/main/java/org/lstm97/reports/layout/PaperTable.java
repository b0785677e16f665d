package org.lstm97.reports.layout;

import java.util.List;
import java.util.Locale;
import org.lstm97.reports.load.PlannedExperiment;

/**
 * A table ready to render: every experiment whose {@code table} field names one paper table, laid out by one
 * {@link TableLayout}; or one experiment of a user's own (no {@code table}), laid out generically.
 *
 * @param table       the paper table id ("1", "2b", ...), or null for an experiment of one's own
 * @param title       its title
 * @param layout      the layout that made it
 * @param rows        the rows in the paper's order
 * @param experiments the experiments it draws on
 * @param judged      whether its rows carry verdicts: a paper table that is not a smoke test
 */
public record PaperTable(
        String table,
        String title,
        TableLayout layout,
        List<ReportRow> rows,
        List<PlannedExperiment> experiments,
        boolean judged) {

    public PaperTable {
        rows = List.copyOf(rows);
        experiments = List.copyOf(experiments);
    }

    /** A paper table with verdicts. */
    public PaperTable(
            String table, String title, TableLayout layout, List<ReportRow> rows, List<PlannedExperiment> experiments) {
        this(table, title, layout, rows, experiments, table != null);
    }

    /** "Table 7" (or "Table 2b"); "Results" for an experiment of one's own. */
    public String name() {
        return table == null ? "Results" : "Table " + table;
    }

    /** Whether the table is a smoke test (made by the quick profile): numbers, but no verdicts. */
    public boolean smokeTest() {
        return experiments.stream().anyMatch(PlannedExperiment::smokeTest);
    }

    /** A file-name-safe id: "table-7", "table-2b", "results-my-adding". */
    public String fileId() {
        String id = table != null
                ? "table-" + table
                : "results-"
                        + (experiments.isEmpty()
                                ? "experiment"
                                : experiments.get(0).experiment());
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public List<String> headers() {
        return layout.headers();
    }

    /**
     * Whether column {@code index} compares the paper's value with ours in any row (it then has two parts); an
     * experiment of one's own has no paper values to compare with.
     */
    public boolean compares(int index) {
        return table != null && rows.stream().anyMatch(r -> r.cells().get(index).compares());
    }
}
