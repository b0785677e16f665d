package org.lstm97.reports.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.RowDetails;

/**
 * A tidy CSV (RFC 4180, LF line ends): one line per table cell with the columns
 * {@code table, experiment, row, column, paper, ours, low, high, verdict}, first the paper table's cells,
 * then, for a reading of a printed row shared with other rows, its rank and distance to the paper, then the row's
 * {@link RowDetails} (ours only). Numbers are plain decimals with at
 * most 6 significant digits; where a value is text only (a bound such as "&gt;5,000,000") the text is given.
 */
public final class CsvRenderer {
    /** The column of a reading's rank among the readings of its printed row (experiments/readings). */
    public static final String READING_RANK = "reading rank";
    /** The column of a reading's distance to the paper ({@code ReadingDistance}). */
    public static final String READING_DISTANCE = "reading distance";

    public static final List<String> HEADER =
            List.of("table", "experiment", "row", "column", "paper", "ours", "low", "high", "verdict");

    public String render(Report report) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (PaperTable table : report.tables()) {
            Map<String, ReadingRanking.Ranked> readings = new HashMap<>();
            ReadingRanking.of(table)
                    .forEach(g -> g.readings().forEach(r -> readings.put(r.row().row(), r)));
            List<String> headers = table.headers();
            for (ReportRow row : table.rows()) {
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = row.cells().get(c);
                    line(
                            csv,
                            List.of(
                                    table.table() == null ? "" : table.table(),
                                    row.experiment(),
                                    row.row(),
                                    headers.get(c),
                                    value(cell.paperValue(), cell.paper()),
                                    value(cell.value(), cell.ours()),
                                    number(cell.low()),
                                    number(cell.high()),
                                    verdict(table, row)));
                }
                ReadingRanking.Ranked reading = readings.get(row.row());
                if (reading != null && reading.distance() != null) {
                    String t = table.table() == null ? "" : table.table();
                    line(
                            csv,
                            List.of(
                                    t,
                                    row.experiment(),
                                    row.row(),
                                    READING_RANK,
                                    "",
                                    String.valueOf(reading.rank()),
                                    "",
                                    "",
                                    verdict(table, row)));
                    line(
                            csv,
                            List.of(
                                    t,
                                    row.experiment(),
                                    row.row(),
                                    READING_DISTANCE,
                                    "",
                                    number(reading.distance()),
                                    "",
                                    "",
                                    verdict(table, row)));
                }
                List<Cell> details = RowDetails.of(row.stats());
                for (int d = 0; d < details.size(); d++) {
                    Cell cell = details.get(d);
                    line(
                            csv,
                            List.of(
                                    table.table() == null ? "" : table.table(),
                                    row.experiment(),
                                    row.row(),
                                    RowDetails.HEADERS.get(d),
                                    "",
                                    value(cell.value(), cell.ours()),
                                    "",
                                    "",
                                    verdict(table, row)));
                }
            }
        }
        return csv.toString();
    }

    /** The row's verdict; empty where the table carries none (a smoke test, an experiment of one's own). */
    private static String verdict(PaperTable table, ReportRow row) {
        return table.judged() ? row.judgement().label() : "";
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append('\n');
    }

    private static String value(Double number, String text) {
        if (number != null) {
            return number(number);
        }
        return text == null || Cell.NONE.equals(text) ? "" : text;
    }

    /** A plain decimal with at most 6 significant digits, the same on every JDK. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (!Double.isFinite(value)) {
            return value.toString();
        }
        if (value == 0.0) {
            return "0";
        }
        return new BigDecimal(value)
                .round(new MathContext(6, RoundingMode.HALF_UP))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The field as is, or quoted (inner quotes doubled) when it holds a comma, a quote, a CR or an LF. */
    static String quote(String field) {
        return StringEscapeUtils.escapeCsv(field);
    }
}
