package org.lstm97.reports.layout;

import java.util.List;
import org.lstm97.reports.load.ExperimentSpec;

/**
 * A paper-style table ready to render: every experiment whose {@code table} field names it, laid out by one
 * {@link TableLayout}.
 *
 * @param table       the table id ("1", "2b", ...)
 * @param title       its title
 * @param layout      the layout that made it
 * @param rows        the rows in the paper's order
 * @param experiments the experiments it draws on
 */
public record PaperTable(String table, String title, TableLayout layout, List<ReportRow> rows,
                         List<ExperimentSpec> experiments) {

    public PaperTable {
        rows = List.copyOf(rows);
        experiments = List.copyOf(experiments);
    }

    /** "Table 7" (or "Table 2b"). */
    public String name() {
        return "Table " + table;
    }

    /** A file-name-safe id: "table-7", "table-2b". */
    public String fileId() {
        return "table-" + table.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public List<String> headers() {
        return layout.headers();
    }
}
