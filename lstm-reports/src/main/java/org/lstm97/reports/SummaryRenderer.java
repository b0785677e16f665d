package org.lstm97.reports;

import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReadingRanking;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;

/** The short Markdown table the CLI prints after a run: one line per experiment row. */
final class SummaryRenderer {

    String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("profile ")
                .append(report.facts().profile())
                .append(", commit ")
                .append(report.facts().commit())
                .append(", ")
                .append(report.facts().date())
                .append(", ")
                .append(report.facts().trialsPerRow())
                .append(" trials per row, ")
                .append(report.facts().machine())
                .append("\n\n");
        boolean verdicts = report.tables().stream().anyMatch(PaperTable::judged);
        if (report.smokeTest()) {
            out.append("smoke test (profile quick): no verdicts\n\n");
        }
        out.append("| table | experiment | row | trials | solved | success % | mean seq. to success | paper |")
                .append(verdicts ? " verdict |\n" : "\n");
        out.append("|---|---|---|---|---|---|---|---|").append(verdicts ? "---|\n" : "\n");
        for (PaperTable table : report.tables()) {
            for (ReportRow row : table.rows()) {
                RowStatistics stats = row.stats();
                out.append("| ")
                        .append(table.table() == null ? "—" : table.table())
                        .append(" | ")
                        .append(cell(row.experiment()))
                        .append(" | ")
                        .append(cell(row.row()))
                        .append(" | ")
                        .append(stats.trials())
                        .append('/')
                        .append(row.spec().trials())
                        .append(" | ")
                        .append(stats.solved())
                        .append(" | ")
                        .append(stats.hasTrials() ? NumberText.percent(stats.successRate()) : "—")
                        .append(" | ")
                        .append(stats.meanToSuccess() == null ? "—" : NumberText.count(stats.meanToSuccess()))
                        .append(" | ")
                        .append(cell(paper(row.spec().paper())))
                        .append(" |");
                if (verdicts) {
                    out.append(' ')
                            .append(table.judged() ? row.judgement().label() : "—")
                            .append(" |");
                }
                out.append('\n');
            }
        }
        for (PaperTable table : report.tables()) {
            for (ReadingRanking ranking : ReadingRanking.of(table)) {
                out.append("\nreadings of table ")
                        .append(table.table())
                        .append(", ")
                        .append(ranking.paper())
                        .append(": ")
                        .append(ranking.conclusion());
            }
        }
        if (ReadingRanking.any(report)) {
            out.append('\n');
        }
        for (String warning : report.warnings()) {
            out.append("\nwarning: ").append(warning);
        }
        if (!report.warnings().isEmpty()) {
            out.append('\n');
        }
        return out.toString();
    }

    private static String paper(PaperValues paper) {
        String mean = paper.meanToSuccess() != null
                ? NumberText.count(paper.meanToSuccess())
                : paper.successAfterText() != null ? paper.successAfterText() : "—";
        return paper.successPercent() == null ? mean : NumberText.count(paper.successPercent()) + "%, " + mean;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
