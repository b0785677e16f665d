package org.lstm97.reports.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * Makes the plots of a paper table with JFreeChart, which draws text as text (so the SVG and PDF files keep it
 * searchable). Every row of the table is in its plot's legend under its own label: a row without trials as
 * "(not run)", a row without a successful trial as a flat line up to its budget.
 */
public final class PlotMaker {
    /** Width and height of a plot in points (1/72 inch): 8.3 × 5.3 inches, readable at a page's width. */
    public static final double WIDTH = 600;

    public static final double HEIGHT = 380;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)
    };
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};
    private static final DecimalFormat COUNT =
            new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // rotated text (the y axis title) drawn with drawString, not as TextLayout outlines: real text in SVG and PDF
        TextUtils.setUseDrawRotatedStringWorkaround(false);
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
     * The fraction of a row's trials solved after x sequences (log x), a step line per row that ends at the
     * row's budget; a diamond in the row's colour marks the paper's mean sequences-to-success at the paper's
     * success rate. Empty when no row has a trial.
     */
    public Optional<Plot> solvedCurve(PaperTable table) {
        if (table.rows().stream().noneMatch(r -> r.stats().hasTrials())) {
            return Optional.empty();
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (ReportRow row : table.rows()) {
            RowStatistics stats = row.stats();
            for (double s : stats.toSuccess()) {
                lowest = Math.min(lowest, Math.max(1.0, s));
            }
            if (stats.hasTrials()) {
                // every line runs to its budget, so the budgets bound the axis both ways
                lowest = Math.min(lowest, Math.max(1.0, stats.budget()));
                highest = Math.max(highest, Math.max(1.0, stats.budget()));
            }
            Double paperMean = row.spec().paper().meanToSuccess();
            if (paperMean != null && paperMean > 0.0) {
                lowest = Math.min(lowest, paperMean);
                highest = Math.max(highest, paperMean);
            }
        }
        if (lowest == Double.POSITIVE_INFINITY) {
            lowest = highest;
        }
        double[] range = decades(lowest, highest);
        XYSeriesCollection curves = new XYSeriesCollection();
        XYSeriesCollection marks = new XYSeriesCollection();
        List<Color> markColours = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ReportRow row : table.rows()) {
            RowStatistics stats = row.stats();
            String label = unique(names, row.label() + (stats.hasTrials() ? "" : " (not run)"));
            XYSeries curve = new XYSeries(label, false, true);
            if (stats.hasTrials()) {
                double[] solved = stats.toSuccess();
                curve.add(range[0], 0.0);
                for (int i = 0; i < solved.length; i++) {
                    double x = Math.max(1.0, solved[i]);
                    curve.add(x, (double) i / stats.trials());
                    curve.add(x, (double) (i + 1) / stats.trials());
                }
                double end = Math.max(stats.budget(), solved.length == 0 ? 1.0 : solved[solved.length - 1]);
                curve.add(Math.max(1.0, end), (double) solved.length / stats.trials());
            }
            curves.addSeries(curve);
            Double paperMean = row.spec().paper().meanToSuccess();
            if (paperMean != null && paperMean > 0.0) {
                Double rate = VerdictRule.expectedSuccessRate(row.spec());
                XYSeries mark = new XYSeries("paper: " + label, false, true);
                mark.add((double) paperMean, rate == null ? 0.5 : rate);
                marks.addSeries(mark);
                markColours.add(PALETTE[(curves.getSeriesCount() - 1) % PALETTE.length]);
            }
        }
        NumberAxis y = new NumberAxis("fraction of trials solved");
        y.setRange(-0.03, 1.03);
        y.setTickUnit(new NumberTickUnit(0.2, new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        XYPlot plot = new XYPlot(curves, logAxis("sequences presented", range), y, lines(curves.getSeriesCount()));
        XYLineAndShapeRenderer diamonds = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < marks.getSeriesCount(); i++) {
            diamonds.setSeriesPaint(i, markColours.get(i));
            diamonds.setSeriesShape(i, ShapeUtils.createDiamond(6f));
            diamonds.setSeriesVisibleInLegend(i, false);
        }
        plot.setDataset(1, marks);
        plot.setRenderer(1, diamonds);
        return Optional.of(new Plot(
                table.fileId() + "-solved",
                table.name() + ": fraction of trials solved "
                        + "against sequences presented, one line per row up to its budget (diamond: the paper's mean at the "
                        + "paper's success rate)",
                chart(table.name() + ": fraction of trials solved", plot)));
    }

    /**
     * Mean sequences-to-success, ours and the paper's, against a set-up column such as q/p or T: one series per
     * variant when a variant has several rows (Table 7's two output readings), else one for all rows; rows
     * that ran but never succeeded are marked at their budget.
     */
    public Optional<Plot> againstSetting(PaperTable table, String header) {
        int column = table.headers().indexOf(header);
        if (column < 0) {
            return Optional.empty();
        }
        Map<String, List<ReportRow>> groups = new LinkedHashMap<>();
        for (ReportRow row : table.rows()) {
            Cell cell = row.cells().get(column);
            if (cell.value() != null && cell.value() > 0.0) {
                groups.computeIfAbsent(
                                row.spec().variant() == null
                                        ? row.row()
                                        : row.spec().variant(),
                                k -> new ArrayList<>())
                        .add(row);
            }
        }
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        if (groups.values().stream().allMatch(g -> g.size() == 1)) {
            List<ReportRow> all = groups.values().stream().flatMap(List::stream).toList();
            groups = new LinkedHashMap<>();
            groups.put("", all);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        List<Color> colours = new ArrayList<>();
        List<Boolean> paperSeries = new ArrayList<>();
        List<double[]> unsolved = new ArrayList<>();
        List<List<double[]>> paperSeen = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        int g = 0;
        for (Map.Entry<String, List<ReportRow>> group : groups.entrySet()) {
            String suffix = groups.size() == 1 ? "" : ": " + group.getKey();
            Color colour = PALETTE[g++ % PALETTE.length];
            List<double[]> ours = new ArrayList<>();
            List<double[]> paper = new ArrayList<>();
            for (ReportRow row : group.getValue()) {
                double x = row.cells().get(column).value();
                if (row.stats().meanToSuccess() != null) {
                    ours.add(new double[] {x, Math.max(1.0, row.stats().meanToSuccess())});
                } else if (row.stats().hasTrials()) {
                    unsolved.add(new double[] {x, Math.max(1.0, row.stats().budget())});
                }
                Double paperMean = row.spec().paper().meanToSuccess();
                if (paperMean != null && paperMean > 0.0) {
                    paper.add(new double[] {x, paperMean});
                }
            }
            sort(ours);
            sort(paper);
            boolean samePaper = paperSeen.stream().anyMatch(p -> equal(p, paper));
            if (!paper.isEmpty() && !samePaper) {
                data.addSeries(series("paper" + (groups.size() > 1 && !paperSeen.isEmpty() ? suffix : ""), paper));
                colours.add(groups.size() > 1 ? colour : PALETTE[7]);
                paperSeries.add(true);
                paperSeen.add(paper);
            }
            if (!ours.isEmpty()) {
                data.addSeries(series("ours" + suffix, ours));
                colours.add(colour);
                paperSeries.add(false);
            }
            for (double[] p : ours) {
                lowest = Math.min(lowest, p[1]);
                highest = Math.max(highest, p[1]);
            }
            for (double[] p : paper) {
                lowest = Math.min(lowest, p[1]);
                highest = Math.max(highest, p[1]);
            }
        }
        if (!unsolved.isEmpty()) {
            sort(unsolved);
            data.addSeries(series("none solved (marked at its budget)", unsolved));
            colours.add(Color.DARK_GRAY);
            paperSeries.add(null);
            for (double[] p : unsolved) {
                lowest = Math.min(lowest, p[1]);
                highest = Math.max(highest, p[1]);
            }
        }
        if (data.getSeriesCount() == 0) {
            return Optional.empty();
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            Boolean isPaper = paperSeries.get(i);
            Shape shape = isPaper == null
                    ? ShapeUtils.createUpTriangle(5f)
                    : isPaper ? ShapeUtils.createDiamond(5f) : new Ellipse2D.Double(-4, -4, 8, 8);
            renderer.setSeriesShape(i, shape);
            renderer.setSeriesLinesVisible(i, isPaper != null);
            renderer.setSeriesStroke(
                    i,
                    isPaper != null && isPaper
                            ? new BasicStroke(
                                    1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f)
                            : new BasicStroke(1.5f));
        }
        NumberAxis x = new NumberAxis(header);
        x.setAutoRangeIncludesZero(false);
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            left = Math.min(left, data.getSeries(s).getMinX());
            right = Math.max(right, data.getSeries(s).getMaxX());
        }
        double pad = right > left ? 0.05 * (right - left) : 0.5 * Math.abs(left);
        x.setRange(left - pad, right + pad);
        x.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        XYPlot plot = new XYPlot(data, x, logAxis("mean sequences to success", decades(lowest, highest)), renderer);
        String name = table.fileId() + "-vs-" + header.replaceAll("[^A-Za-z0-9]+", "");
        return Optional.of(new Plot(
                name,
                table.name() + ": mean sequences to success against " + header
                        + " (circles: ours, diamonds: the paper's; triangles: rows that never succeeded, at their budget)",
                chart(table.name() + ": sequences to success against " + header, plot)));
    }

    /**
     * Lines, each ending in a hollow circle at the row's budget, a size of its own per row: rows that solved
     * nothing all run along 0, and where two end at the same point their circles are concentric, so every row
     * stays visible.
     */
    private static XYLineAndShapeRenderer lines(int series) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeVisible(int s, int item) {
                return item == getPlot().getDataset().getItemCount(s) - 1;
            }
        };
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            float[] dash = DASHES[(i / PALETTE.length) % DASHES.length];
            Stroke stroke = dash == null
                    ? new BasicStroke(1.6f)
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
            renderer.setSeriesStroke(i, stroke);
            double r = 3.0 + 1.5 * (i % 8);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r));
            renderer.setSeriesShapesFilled(i, false);
        }
        return renderer;
    }

    private static ValueAxis logAxis(String label, double[] range) {
        LogAxis axis = new TextLogAxis(label);
        axis.setBase(10.0);
        axis.setRange(range[0], range[1]);
        axis.setNumberFormatOverride(COUNT);
        axis.setSmallestValue(1.0);
        axis.setTickUnit(new NumberTickUnit(1.0)); // a tick per decade (the unit is in powers of ten)
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    private static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 24)); // room for the last tick label
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    /** Whole decades around [lowest, highest], so that a logarithmic axis carries at least two labels. */
    private static double[] decades(double lowest, double highest) {
        double min = StrictMath.pow(10.0, StrictMath.floor(StrictMath.log10(Math.max(1.0, lowest))));
        double max = StrictMath.pow(10.0, StrictMath.ceil(StrictMath.log10(Math.max(1.0, highest))));
        if (max <= min) {
            max = min * 10.0;
        }
        return new double[] {min, max};
    }

    private static XYSeries series(String key, List<double[]> points) {
        XYSeries s = new XYSeries(key, false, true);
        points.forEach(p -> s.add(p[0], p[1]));
        return s;
    }

    private static void sort(List<double[]> points) {
        points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    }

    private static boolean equal(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}
