package org.lstm97.reports.render;

import java.util.List;
import java.util.Map;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.ReferenceLines;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.RowDetails;
import org.lstm97.reports.load.PlannedExperiment;
import org.lstm97.reports.verdict.ReadingDistance;

/** The whole report as one GitHub-flavoured Markdown document. */
public final class MarkdownRenderer {
    /** The title every report carries. */
    public static final String TITLE = "lstm97: reproduction of Hochreiter & Schmidhuber (1997)";
    /** How to read a cell, printed under the run facts. */
    public static final String LEGEND = "Result columns come in pairs: the paper's value, then ours. Ours are means "
            + "over successful trials (sequences to success, with a 95% bootstrap interval of the mean in brackets) "
            + "or over all trials (success rate, with a 95% Wilson interval); a value resting on one trial says "
            + "(1 trial) instead of an interval; (100%) marks an LSTM row where the paper implies that every trial "
            + "succeeded.";

    /** Whether {@code report} carries verdicts (then it states the rule they follow once, at its top). */
    static boolean judged(Report report) {
        return report.tables().stream().anyMatch(PaperTable::judged);
    }

    /**
     * Renders {@code report}.
     *
     * @param plots for each table's file id, the relative paths of its plot images (may be empty)
     */
    public String render(Report report, Map<String, List<String>> plots) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(TITLE).append("\n\n");
        md.append("| run | |\n|---|---|\n");
        for (String[] fact : report.facts().entries()) {
            md.append("| ")
                    .append(fact[0])
                    .append(" | ")
                    .append(escape(fact[1]))
                    .append(" |\n");
        }
        md.append('\n');
        if (report.smokeTest()) {
            md.append("> **").append(escape(Report.SMOKE_TEST_NOTE)).append("**\n\n");
        }
        md.append(LEGEND).append("\n\n");
        if (judged(report)) {
            md.append("> ").append(escape(report.rule())).append("\n\n");
        }
        if (ReadingRanking.any(report)) {
            md.append("> ").append(escape(ReadingDistance.STATEMENT)).append("\n\n");
        }
        for (PaperTable table : report.tables()) {
            table(md, table, plots.getOrDefault(table.fileId(), List.of()));
        }
        if (!report.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            report.warnings().forEach(w -> md.append("- ").append(escape(w)).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private static void table(StringBuilder md, PaperTable table, List<String> plots) {
        md.append("## ")
                .append(table.name())
                .append(": ")
                .append(escape(table.title()))
                .append("\n\n");
        md.append(escape(table.layout().caption())).append("\n\n");
        if (table.smokeTest()) {
            md.append("*Smoke test: no verdicts.*\n\n");
        }
        md.append("| Row");
        StringBuilder rule = new StringBuilder("|---");
        for (int c = 0; c < table.headers().size(); c++) {
            String h = escape(table.headers().get(c));
            if (table.compares(c)) {
                md.append(" | ").append(h).append(" (paper) | ").append(h).append(" (ours)");
                rule.append("|---:|---:");
            } else {
                md.append(" | ").append(h);
                rule.append("|---:");
            }
        }
        md.append(table.judged() ? " | verdict |\n" : " |\n").append(rule).append(table.judged() ? "|---|\n" : "|\n");
        for (ReportRow row : table.rows()) {
            md.append("| ").append(escape(row.label()));
            if (row.quoted() != null) {
                md.append(" *(quoted: ").append(escape(row.quoted())).append(")*");
            }
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                if (table.compares(c)) {
                    md.append(" | ").append(escape(cell.paper() == null ? Cell.NONE : cell.paper()));
                }
                md.append(" | ").append(escape(cell.ours()));
            }
            md.append(table.judged() ? " | **" + row.judgement().label() + "** |\n" : " |\n");
        }
        md.append('\n');
        for (ReportRow row : table.rows()) {
            if (table.judged()) {
                md.append("- ")
                        .append(escape(row.label()))
                        .append(" (`")
                        .append(escape(row.row()))
                        .append("`): ")
                        .append(row.judgement().label())
                        .append(" — ")
                        .append(escape(row.judgement().reason()))
                        .append('\n');
            } else {
                md.append("- ")
                        .append(escape(row.label()))
                        .append(": `")
                        .append(escape(row.row()))
                        .append("`\n");
            }
            ReferenceLines.of(row)
                    .forEach(l -> md.append("  - *")
                            .append(l[0])
                            .append(":* ")
                            .append(escape(l[1]))
                            .append('\n'));
        }
        md.append("\n<details><summary>Trial details</summary>\n\n| Row");
        RowDetails.HEADERS.forEach(h -> md.append(" | ").append(h));
        md.append(" |\n|---");
        RowDetails.HEADERS.forEach(h -> md.append("|---"));
        md.append("|\n");
        for (ReportRow row : table.rows()) {
            md.append("| ").append(escape(row.label()));
            RowDetails.of(row.stats()).forEach(c -> md.append(" | ").append(escape(c.ours())));
            md.append(" |\n");
        }
        md.append("\n</details>\n");
        md.append("\nExperiments: ");
        md.append(String.join(
                ", ", table.experiments().stream().map(MarkdownRenderer::source).toList()));
        md.append(".\n\n");
        for (String plot : plots) {
            md.append("![").append(table.name()).append("](").append(plot).append(")\n\n");
        }
        ReadingsMarkdown.append(md, table);
    }

    private static String source(PlannedExperiment e) {
        return "`" + e.experiment() + "`" + (e.source() == null ? "" : " (" + escape(e.source()) + ")");
    }

    /** Escapes what Markdown table cells cannot hold. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("\n", " ")
                .replace("*", "\\*")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
