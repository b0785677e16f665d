package org.lstm97.reports.layout;

/**
 * One cell of a paper-style table: the paper's value and ours, as text, plus our value and interval as
 * numbers for the tidy CSV.
 *
 * @param paper the paper's value as printed, or null when the column has no paper value (a set-up value)
 * @param paperValue the paper's value as a number, or null (none, or a bound such as "&gt;5,000,000")
 * @param ours  our value as printed (with its interval in brackets where there is one)
 * @param value our value, or null
 * @param low   low end of our value's interval, or null
 * @param high  high end of our value's interval, or null
 */
public record Cell(String paper, Double paperValue, String ours, Double value, Double low, Double high) {
    /** What a cell says where a value is absent. */
    public static final String NONE = "—";

    /** A set-up value that is the same in the paper and here (e.g. T = 100). */
    public static Cell setting(String text, Double value) {
        return new Cell(null, null, text, value, null, null);
    }

    /** Whether the cell compares a paper value with ours. */
    public boolean compares() {
        return paper != null;
    }
}
