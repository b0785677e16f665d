package org.lstm97.reports.render;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.ReferenceLines;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.RowDetails;
import org.lstm97.reports.verdict.ReadingDistance;

/**
 * The whole report as one self-contained HTML page: styles inline, plots as SVG data URIs (vector, with real
 * text), no script and no reference to anything outside the file.
 */
public final class HtmlRenderer {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
            th, td { border-top: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #444; }
            thead tr.parts th { border-bottom: 2px solid #444; font-weight: normal; font-style: italic; }
            th.group { text-align: center; border-bottom: 1px solid #888; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.paper { color: #555; }
            td.ours { font-weight: bold; }
            .smoke { border: 2px solid #c90; background: #fff6dd; padding: 0.6em 1em; }
            .quoted { font-style: italic; color: #666; }
            .reproduced { background: #e3f4e3; }
            .not-reproduced { background: #f8e0e0; }
            .not-run { background: #eeeeee; }
            .no-paper-value { background: #fdf6dc; }
            .too-few-trials { background: #eef2fa; }
            .rule { border-left: 3px solid #888; padding-left: 0.6em; }
            figure { display: inline-block; margin: 0.5em; }
            .facts td { border: none; padding: 0.1em 0.6em; }
            """;

    /**
     * Renders {@code report}.
     *
     * @param plots for each table's file id, the plots to embed (may be empty)
     */
    public String render(Report report, Map<String, List<InlineImage>> plots) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(MarkdownRenderer.TITLE))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(MarkdownRenderer.TITLE)).append("</h1>\n");
        html.append("<table class=\"facts\">\n");
        for (String[] fact : report.facts().entries()) {
            html.append("<tr><td>")
                    .append(escape(fact[0]))
                    .append("</td><td>")
                    .append(escape(fact[1]))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (report.smokeTest()) {
            html.append("<p class=\"smoke\"><strong>")
                    .append(escape(Report.SMOKE_TEST_NOTE))
                    .append("</strong></p>\n");
        }
        html.append("<p>").append(escape(MarkdownRenderer.LEGEND)).append("</p>\n");
        if (MarkdownRenderer.judged(report)) {
            html.append("<p class=\"rule\">").append(escape(report.rule())).append("</p>\n");
        }
        if (ReadingRanking.any(report)) {
            html.append("<p class=\"rule\">")
                    .append(escape(ReadingDistance.STATEMENT))
                    .append("</p>\n");
        }
        for (PaperTable table : report.tables()) {
            table(html, table, plots.getOrDefault(table.fileId(), List.of()));
        }
        if (!report.warnings().isEmpty()) {
            html.append("<h2>Warnings</h2>\n<ul>\n");
            report.warnings().forEach(w -> html.append("<li>").append(escape(w)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, PaperTable table, List<InlineImage> plots) {
        html.append("<section id=\"")
                .append(table.fileId())
                .append("\">\n<h2>")
                .append(escape(table.name()))
                .append(": ")
                .append(escape(table.title()))
                .append("</h2>\n");
        html.append("<p>").append(escape(table.layout().caption())).append("</p>\n");
        if (table.smokeTest()) {
            html.append("<p><em>Smoke test: no verdicts.</em></p>\n");
        }
        header(html, table);
        html.append("<tbody>\n");
        for (ReportRow row : table.rows()) {
            String verdictClass = table.judged()
                    ? row.judgement().label().replace(' ', '-').toLowerCase(Locale.ROOT)
                    : row.stats().hasTrials() ? "unjudged" : "not-run";
            html.append("<tr class=\"").append(verdictClass).append("\"><td>").append(escape(row.label()));
            if (row.quoted() != null) {
                html.append("<br><span class=\"quoted\">quoted: ")
                        .append(escape(row.quoted()))
                        .append("</span>");
            }
            html.append("</td>");
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                if (table.compares(c)) {
                    html.append("<td class=\"num paper\">")
                            .append(escape(cell.paper() == null ? Cell.NONE : cell.paper()))
                            .append("</td><td class=\"num ours\">");
                } else {
                    html.append("<td class=\"num\">");
                }
                html.append(escape(cell.ours())).append("</td>");
            }
            if (table.judged()) {
                html.append("<td title=\"")
                        .append(escape(row.judgement().reason()))
                        .append("\">")
                        .append(escape(row.judgement().label()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<ul>\n");
        for (ReportRow row : table.rows()) {
            html.append("<li>")
                    .append(escape(row.label()))
                    .append(" (<code>")
                    .append(escape(row.row()))
                    .append("</code>)");
            if (table.judged()) {
                html.append(": ")
                        .append(escape(row.judgement().label()))
                        .append(" — ")
                        .append(escape(row.judgement().reason()));
            }
            List<String[]> references = ReferenceLines.of(row);
            if (!references.isEmpty()) {
                html.append("\n<ul class=\"references\">\n");
                references.forEach(l -> html.append("<li><em>")
                        .append(escape(l[0]))
                        .append(":</em> ")
                        .append(escape(l[1]))
                        .append("</li>\n"));
                html.append("</ul>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n<details><summary>Trial details</summary>\n<table>\n<thead><tr><th>Row</th>");
        RowDetails.HEADERS.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (ReportRow row : table.rows()) {
            html.append("<tr><td>").append(escape(row.label())).append("</td>");
            RowDetails.of(row.stats())
                    .forEach(c -> html.append("<td>").append(escape(c.ours())).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</details>\n<p>Experiments: ")
                .append(escape(String.join(
                        ", ",
                        table.experiments().stream().map(e -> e.experiment()).toList())))
                .append("</p>\n");
        for (InlineImage plot : plots) {
            html.append("<figure><img alt=\"")
                    .append(escape(plot.title()))
                    .append("\" src=\"data:image/svg+xml;base64,")
                    .append(Base64.getEncoder().encodeToString(plot.svg()))
                    .append("\"><figcaption>")
                    .append(escape(plot.title()))
                    .append("</figcaption></figure>\n");
        }
        ReadingsHtml.append(html, table);
        html.append("</section>\n");
    }

    /** Two header rows: a compared column spans its "paper" and "ours" parts. */
    private static void header(StringBuilder html, PaperTable table) {
        html.append("<table>\n<thead>\n<tr><th rowspan=\"2\">Row</th>");
        StringBuilder parts = new StringBuilder("<tr class=\"parts\">");
        for (int c = 0; c < table.headers().size(); c++) {
            String h = escape(table.headers().get(c));
            if (table.compares(c)) {
                html.append("<th class=\"group\" colspan=\"2\">").append(h).append("</th>");
                parts.append("<th class=\"num\">paper</th><th class=\"num\">ours</th>");
            } else {
                html.append("<th class=\"num\" rowspan=\"2\">").append(h).append("</th>");
            }
        }
        if (table.judged()) {
            html.append("<th rowspan=\"2\">verdict</th>");
        }
        html.append("</tr>\n").append(parts).append("</tr>\n</thead>\n");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
