package org.lstm97.reports.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import org.lstm97.reports.ReportGenerator;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.RowSpec;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.RowContext;
import org.lstm97.reports.verdict.VerdictRule;

class PlotMakerTest {
    private static Report report;

    @BeforeAll
    static void build() {
        report = ReportGenerator.build(Path.of("src/test/resources/synthetic/results"));
    }

    private static PaperTable table(String id) {
        return report.tables().stream().filter(t -> t.table().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theSolvedCurveHasALinePerRowWithTrialsAndTheMarkedPaperMeans() {
        Plot plot = new PlotMaker().solvedCurve(table("7")).orElseThrow();
        Map<String, XYSeries> series = plot.chart().getSeriesMap();

        assertThat(plot.name()).isEqualTo("table-7-solved");
        assertThat(series.keySet()).containsExactly("T=100", "paper: T=100", "T=500", "paper: T=500");
        XYSeries curve = series.get("T=100");
        assertThat(curve.getYData()[curve.getYData().length - 1]).isEqualTo(1.0);
        assertThat(series.get("paper: T=100").getXData()).containsExactly(74000.0);
        assertThat(series.get("paper: T=100").isShowInLegend()).isFalse();
    }

    @Test
    void table3IsPlottedAgainstQOverPAndTable7AgainstT() {
        PlotMaker maker = new PlotMaker();

        assertThat(maker.plots(table("3"))).extracting(Plot::name).containsExactly("table-3-solved", "table-3-vs-qp");
        assertThat(maker.plots(table("7"))).extracting(Plot::name).containsExactly("table-7-solved", "table-7-vs-T");
        Plot againstT = maker.againstSetting(table("7"), "T").orElseThrow();
        assertThat(againstT.chart().getSeriesMap().get("paper").getXData()).containsExactly(100.0, 500.0, 1000.0);
        assertThat(againstT.chart().getSeriesMap().get("ours").getXData()).containsExactly(100.0, 500.0);
    }

    @Test
    void aTableWithoutSolvedTrialsHasNoSolvedCurve() {
        PaperTable table = table("7");
        RowSpec spec = table.rows().get(2).spec();
        RowStatistics none = RowStatistics.empty(spec.row());
        ReportRow row = new ReportRow("e", "label", null, List.of(), VerdictRule.DEFAULT.judge(spec, none), spec, none);
        PaperTable empty = new PaperTable("7", "t", table.layout(), List.of(row), table.experiments());

        assertThat(new PlotMaker().solvedCurve(empty)).isEmpty();
    }

    @Test
    void aTrialSolvedAtOnceStillPlotsOnALogAxis() {
        PaperTable table = table("7");
        RowSpec spec = new RowSpec("r", "lstm", 1, 10L, null, Map.of("T", 100), Map.of("type", "lstm1997"), null,
                null, new PaperValues(null, null, 0.0, null, null, null, null, null, null, null, null, null));
        RowStatistics stats = new RowStatistics("r", 1, 1, 0, 0, 0, WilsonInterval.of95(1, 1), new double[] {0.0},
                0.0, 0.0, null, null, null, null, null, null, true, null, 10L, 0L, 0L);
        RowContext context = new RowContext(table.experiments().get(0), spec, stats);
        List<Cell> cells = table.layout().columns().stream().map(c -> c.cellOf(context)).toList();
        ReportRow row = new ReportRow("e", "label", null, cells, VerdictRule.DEFAULT.judge(spec, stats), spec, stats);
        PaperTable oneRow = new PaperTable("7", "t", table.layout(), List.of(row), table.experiments());
        PlotWriter writer = new PlotWriter();

        List<Plot> plots = new PlotMaker().plots(oneRow);

        assertThat(plots).extracting(Plot::name).containsExactly("table-7-solved", "table-7-vs-T");
        for (Plot plot : plots) {
            assertThat(writer.png(plot)).isNotEmpty();
            assertThat(new String(writer.svg(plot), StandardCharsets.UTF_8)).contains("<svg");
        }
    }
}
