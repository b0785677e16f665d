package org.lstm97.reports.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.verdict.VerdictRule;

/** Makes the plots of a paper table. */
public final class PlotMaker {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};
    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Every plot of {@code table}: the solved curve, and the plot against a set-up value if the layout has one. */
    public List<Plot> plots(PaperTable table) {
        List<Plot> plots = new ArrayList<>();
        solvedCurve(table).ifPresent(plots::add);
        if (table.layout().plotAgainst() != null) {
            againstSetting(table, table.layout().plotAgainst()).ifPresent(plots::add);
        }
        return plots;
    }

    /**
     * The fraction of a row's trials solved after x sequences (log x), a step line per row; a diamond marks
     * the paper's mean sequences-to-success at the paper's success rate.
     */
    public Optional<Plot> solvedCurve(PaperTable table) {
        XYChart chart = chart(table.name() + ": fraction of trials solved", "sequences presented",
                "fraction of trials solved");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setYAxisTickMarkSpacingHint(60);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        Set<String> names = new HashSet<>();
        int colour = 0;
        boolean any = false;
        for (ReportRow row : table.rows()) {
            RowStatistics stats = row.stats();
            double[] solved = stats.toSuccess();
            for (int i = 0; i < solved.length; i++) {
                solved[i] = Math.max(1.0, solved[i]); // a log axis cannot show 0
            }
            if (solved.length == 0) {
                continue;
            }
            Color color = PALETTE[colour++ % PALETTE.length];
            lowest = Math.min(lowest, solved[0]);
            highest = Math.max(highest, solved[solved.length - 1]);
            double[] x = new double[2 * solved.length];
            double[] y = new double[2 * solved.length];
            for (int i = 0; i < solved.length; i++) {
                x[2 * i] = solved[i];
                y[2 * i] = (double) i / stats.trials();
                x[2 * i + 1] = solved[i];
                y[2 * i + 1] = (double) (i + 1) / stats.trials();
            }
            XYSeries series = chart.addSeries(unique(names, row.label()), x, y);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(color);
            any = true;
            Double paperMean = row.spec().paper().meanToSuccess();
            if (paperMean != null && paperMean > 0.0) {
                lowest = Math.min(lowest, paperMean);
                highest = Math.max(highest, paperMean);
                Double rate = VerdictRule.expectedSuccessRate(row.spec());
                XYSeries paper = chart.addSeries(unique(names, "paper: " + row.label()), new double[] {paperMean},
                        new double[] {rate == null ? 0.5 : rate});
                paper.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                paper.setMarker(SeriesMarkers.DIAMOND);
                paper.setMarkerColor(color);
                paper.setShowInLegend(false);
            }
        }
        if (any) {
            decades(chart.getStyler(), true, lowest, highest);
        }
        return any ? Optional.of(new Plot(table.fileId() + "-solved",
                table.name() + ": fraction of trials solved against sequences presented (◆ = paper's mean)", chart))
                : Optional.empty();
    }

    /** Mean sequences-to-success, ours and the paper's, against a set-up column such as q/p or T. */
    public Optional<Plot> againstSetting(PaperTable table, String header) {
        int column = table.headers().indexOf(header);
        if (column < 0) {
            return Optional.empty();
        }
        List<double[]> ours = new ArrayList<>();
        List<double[]> paper = new ArrayList<>();
        for (ReportRow row : table.rows()) {
            Cell cell = row.cells().get(column);
            if (cell.value() == null || cell.value() <= 0.0) {
                continue;
            }
            if (row.stats().meanToSuccess() != null) {
                ours.add(new double[] {cell.value(), Math.max(1.0, row.stats().meanToSuccess())});
            }
            Double paperMean = row.spec().paper().meanToSuccess();
            if (paperMean != null && paperMean > 0.0) {
                paper.add(new double[] {cell.value(), paperMean});
            }
        }
        if (ours.isEmpty() && paper.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = chart(table.name() + ": sequences to success against " + header, header,
                "mean sequences to success");
        chart.getStyler().setYAxisLogarithmic(true);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (double[] point : ours) {
            lowest = Math.min(lowest, point[1]);
            highest = Math.max(highest, point[1]);
        }
        for (double[] point : paper) {
            lowest = Math.min(lowest, point[1]);
            highest = Math.max(highest, point[1]);
        }
        decades(chart.getStyler(), false, lowest, highest);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        add(chart, "paper", paper, PALETTE[7], SeriesMarkers.DIAMOND);
        add(chart, "ours", ours, PALETTE[0], SeriesMarkers.CIRCLE);
        return Optional.of(new Plot(table.fileId() + "-vs-" + header.replaceAll("[^A-Za-z0-9]+", ""),
                table.name() + ": mean sequences to success against " + header, chart));
    }

    private static void add(XYChart chart, String name, List<double[]> points, Color color,
                            Marker marker) {
        if (points.isEmpty()) {
            return;
        }
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double[] x = sorted.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = sorted.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(marker);
        series.setMarkerColor(color);
        series.setLineColor(color);
    }

    /** Widens a logarithmic axis to whole decades, so that it carries at least two labels. */
    private static void decades(XYStyler styler, boolean xAxis, double lowest, double highest) {
        double min = Math.pow(10.0, Math.floor(Math.log10(Math.max(1.0, lowest))));
        double max = Math.pow(10.0, Math.ceil(Math.log10(Math.max(1.0, highest))));
        if (max <= min) {
            max = min * 10.0;
        }
        if (xAxis) {
            styler.setXAxisMin(min);
            styler.setXAxisMax(max);
            styler.setXAxisDecimalPattern("#,##0");
        } else {
            styler.setYAxisMin(min);
            styler.setYAxisMax(max);
            styler.setYAxisDecimalPattern("#,##0");
        }
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        return chart;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
