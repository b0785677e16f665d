package org.lstm97.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.Layouts;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportFacts;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.RowContext;
import org.lstm97.reports.layout.TableLayout;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedExperiment;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;
import org.lstm97.reports.verdict.ReadingDistance;
import org.lstm97.reports.verdict.VerdictRule;

/** The readings sections in Markdown, HTML, CSV: the distance stated once, one section per printed row. */
class ReadingsRenderTest {
    private static final PaperValues ROW9 = new PaperValues(
            "LSTM, 3 blocks, size 2, lr 0.5", 100.0, 8440.0, null, null, null, null, null, null, null, 276.0, null);
    /** The same numbers under another label: another printed row (the paper's files label every row apart). */
    private static final PaperValues OTHER = new PaperValues(
            "LSTM, 3 blocks, size 2, lr 0.5 (other)",
            100.0,
            8440.0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            276.0,
            null);

    private static RowStatistics stats(String row, int solved, double mean) {
        double[] toSuccess = new double[solved];
        java.util.Arrays.fill(toSuccess, mean);
        return new RowStatistics(
                row,
                10,
                solved,
                10 - solved,
                0,
                0,
                WilsonInterval.of95(solved, 10),
                toSuccess,
                solved == 0 ? null : mean,
                solved == 0 ? null : mean,
                solved < 2 ? null : new Interval(mean * 0.9, mean * 1.1),
                null,
                null,
                null,
                null,
                null,
                solved > 0,
                276.0,
                200000L,
                0L,
                0L);
    }

    private static Report report(boolean readings) {
        TableLayout layout = Layouts.forTable("1");
        List<PlannedRow> specs = List.of(
                new PlannedRow(
                        "lstm@update=per-step",
                        "lstm",
                        10,
                        200000L,
                        "h",
                        Map.of(),
                        Map.of("type", "lstm1997", "learningRate", 0.5),
                        Map.of(),
                        Map.of(),
                        ROW9),
                new PlannedRow(
                        readings ? "lstm@update=per-sequence" : "other",
                        readings ? "lstm" : "other",
                        10,
                        200000L,
                        "h",
                        Map.of(),
                        Map.of("type", "lstm1997", "learningRate", 0.5),
                        Map.of(),
                        Map.of(),
                        readings ? ROW9 : OTHER));
        PlannedExperiment experiment = new PlannedExperiment(
                1,
                "readings-table1",
                "1",
                "Embedded Reber",
                "paper",
                1997L,
                "readings/table1.yaml",
                "abc",
                null,
                "2026-12-03T10:00:00Z",
                specs,
                null);
        List<ReportRow> rows = new ArrayList<>();
        int[] solved = {3, 0};
        for (int i = 0; i < 2; i++) {
            PlannedRow spec = specs.get(i);
            RowStatistics stats = stats(spec.row(), solved[i], 45000);
            RowContext context = new RowContext(experiment, spec, stats);
            List<Cell> cells =
                    layout.columns().stream().map(c -> c.cellOf(context)).toList();
            rows.add(new ReportRow(
                    experiment.experiment(),
                    ROW9.label(),
                    null,
                    cells,
                    VerdictRule.DEFAULT.judge(spec, stats),
                    spec,
                    stats));
        }
        PaperTable table = new PaperTable("1", "Embedded Reber", layout, rows, List.of(experiment));
        return new Report(ReportFacts.of(List.of(experiment)), List.of(table), List.of());
    }

    @Test
    void markdownStatesTheDistanceOnceAndRanksTheReadingsUnderTheTable() {
        String md = new MarkdownRenderer().render(report(true), Map.of());

        assertThat(md.split(java.util.regex.Pattern.quote("d = \\|r − r_p\\|"), -1))
                .hasSize(2);
        assertThat(md)
                .contains("> " + MarkdownRenderer.escape(ReadingDistance.STATEMENT) + "\n\n")
                .contains("""
                        ### Readings of LSTM, 3 blocks, size 2, lr 0.5

                        Paper: 100% success, mean 8,440 sequences. **No documented reading reaches the paper; the \
                        closest is update=per-step (success 3/10 [11–60%], mean 45,000 sequences, distance 2.37).**

                        | rank | reading | trials (solved/run) | % success (ours) | mean to success (ours) | distance \
                        | verdict |
                        |---:|---|---:|---:|---:|---:|---|
                        | 1 | update=per-step | 3/10 | 30% [11–60%] | 45,000 [40,500–49,500] | 2.37 | not reproduced |
                        | 2 | update=per-sequence | 0/10 | 0% [0–28%] | none solved | 4.17 | not reproduced |
                        """);
    }

    @Test
    void withoutReadingsNothingIsAdded() {
        Report plain = report(false);
        assertThat(new MarkdownRenderer().render(plain, Map.of())).doesNotContain("Readings", "d = |r");
        assertThat(new HtmlRenderer().render(plain, Map.of())).doesNotContain("Readings", "d = |r");
        assertThat(new CsvRenderer().render(plain)).doesNotContain("reading rank", "reading distance");
    }

    @Test
    void htmlAndCsvCarryTheSameRanking() {
        String html = new HtmlRenderer().render(report(true), Map.of());
        assertThat(html)
                .contains("<h3>Readings of LSTM, 3 blocks, size 2, lr 0.5</h3>")
                .contains("<tr><td class=\"num\">1</td><td>update=per-step</td><td class=\"num\">3/10</td>"
                        + "<td class=\"num\">30% [11–60%]</td><td class=\"num\">45,000 [40,500–49,500]</td>"
                        + "<td class=\"num\">2.37</td><td>not reproduced</td></tr>");
        String csv = new CsvRenderer().render(report(true));
        assertThat(csv)
                .contains("1,readings-table1,lstm@update=per-step,reading rank,,1,,,not reproduced\n")
                .contains("1,readings-table1,lstm@update=per-sequence,reading distance,,4.16534,,,not reproduced\n");
    }
}
