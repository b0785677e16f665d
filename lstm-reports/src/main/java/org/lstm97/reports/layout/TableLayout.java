package org.lstm97.reports.layout;

import java.util.List;

/**
 * How one paper table is laid out.
 *
 * @param table   the table id an experiment names in its {@code table} field ("1", "2b", ...), or "*" for the
 *                generic layout
 * @param title   the paper table's title, used when the experiment gives none
 * @param caption what the paper says about the table's protocol (trials per row, what the means are over)
 * @param columns the columns after the row label, in the paper's order; the verdict column follows them
 * @param plotAgainst the header of a set-up column to plot mean sequences-to-success against (e.g. "q/p",
 *                "T"), or null
 */
public record TableLayout(String table, String title, String caption, List<Column> columns, String plotAgainst) {

    public TableLayout {
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }
}
