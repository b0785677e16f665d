package org.lstm97.reports.render;

import java.util.List;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.ReadingRanking.Ranked;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;

/** The readings sections of a table in Markdown: per printed row, its conclusion and the ranked readings. */
final class ReadingsMarkdown {
    static final List<String> HEADERS = List.of(
            "rank",
            "reading",
            "trials (solved/run)",
            "% success (ours)",
            "mean to success (ours)",
            "distance",
            "verdict");

    private ReadingsMarkdown() {}

    static void append(StringBuilder md, PaperTable table) {
        for (ReadingRanking ranking : ReadingRanking.of(table)) {
            md.append("### Readings of ")
                    .append(MarkdownRenderer.escape(ranking.paper()))
                    .append("\n\n");
            md.append("Paper: ")
                    .append(MarkdownRenderer.escape(ranking.paperText()))
                    .append(". **")
                    .append(MarkdownRenderer.escape(capitalised(ranking.conclusion())))
                    .append(".**\n\n");
            md.append("| ").append(String.join(" | ", HEADERS)).append(" |\n|---:|---|---:|---:|---:|---:|---|\n");
            for (Ranked r : ranking.readings()) {
                List<String> cells = cells(r, table.judged());
                md.append("| ")
                        .append(String.join(
                                " | ",
                                cells.stream().map(MarkdownRenderer::escape).toList()))
                        .append(" |\n");
            }
            md.append('\n');
        }
    }

    /** The cells of one ranked reading, in {@link #HEADERS} order. */
    static List<String> cells(Ranked r, boolean judged) {
        RowStatistics stats = r.row().stats();
        String rate = stats.hasTrials()
                ? NumberText.percent(stats.successRate()) + " [" + NumberText.percentRange(stats.successInterval())
                        + "]"
                : "—";
        String mean = stats.meanToSuccess() == null
                ? (stats.hasTrials() ? "none solved" : "—")
                : NumberText.count(stats.meanToSuccess())
                        + (stats.meanToSuccessInterval() == null
                                ? ""
                                : " [" + NumberText.countRange(stats.meanToSuccessInterval()) + "]");
        return List.of(
                r.distance() == null ? "—" : String.valueOf(r.rank()),
                r.reading(),
                stats.solved() + "/" + stats.trials(),
                rate,
                mean,
                r.distance() == null ? "—" : NumberText.ratio(r.distance()),
                judged ? r.row().judgement().label() : "—");
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
