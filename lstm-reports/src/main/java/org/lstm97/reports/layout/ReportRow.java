package org.lstm97.reports.layout;

import java.util.List;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.verdict.Judgement;

/**
 * One row of a paper-style table.
 *
 * @param experiment the experiment the row belongs to
 * @param label      the paper's row label, or the row name when the paper gives none
 * @param quoted     the citation when the paper quotes the row from another paper, or null
 * @param cells      one cell per column of the layout
 * @param judgement  the verdict and its reason
 * @param spec       the row's specification and paper values
 * @param stats      the row's statistics
 */
public record ReportRow(
        String experiment,
        String label,
        String quoted,
        List<Cell> cells,
        Judgement judgement,
        PlannedRow spec,
        RowStatistics stats) {

    public ReportRow {
        cells = List.copyOf(cells);
    }

    /** The row name as in the result lines. */
    public String row() {
        return spec.row();
    }

    /** The label with "(quoted: …)" appended for a quoted row. */
    public String displayLabel() {
        return quoted == null ? label : label + " (quoted: " + quoted + ")";
    }
}
