package org.lstm97.reports.layout;

import java.util.function.Function;

/** A column of a paper-style table: its header and how it fills a row's cell. */
public record Column(String header, Function<RowContext, Cell> cell) {

    public Cell cellOf(RowContext row) {
        return cell.apply(row);
    }
}
