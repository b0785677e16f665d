package org.lstm97.reports.render;

import java.util.List;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.ReadingRanking.Ranked;

/** The readings sections of a table in HTML, the same content as {@link ReadingsMarkdown}. */
final class ReadingsHtml {
    private ReadingsHtml() {}

    static void append(StringBuilder html, PaperTable table) {
        for (ReadingRanking ranking : ReadingRanking.of(table)) {
            html.append("<h3>Readings of ")
                    .append(HtmlRenderer.escape(ranking.paper()))
                    .append("</h3>\n<p>Paper: ")
                    .append(HtmlRenderer.escape(ranking.paperText()))
                    .append(". <strong>")
                    .append(HtmlRenderer.escape(ReadingsMarkdown.capitalised(ranking.conclusion())))
                    .append(".</strong></p>\n<table class=\"readings\">\n<thead><tr>");
            ReadingsMarkdown.HEADERS.forEach(
                    h -> html.append("<th>").append(HtmlRenderer.escape(h)).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (Ranked r : ranking.readings()) {
                List<String> cells = ReadingsMarkdown.cells(r, table.judged());
                html.append("<tr>");
                for (int c = 0; c < cells.size(); c++) {
                    html.append(c == 1 || c == cells.size() - 1 ? "<td>" : "<td class=\"num\">")
                            .append(HtmlRenderer.escape(cells.get(c)))
                            .append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
    }
}
