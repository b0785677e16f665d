package org.lstm97.reports.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.ReportGenerator;
import org.lstm97.reports.layout.Cell;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportRow;
import org.lstm97.reports.layout.RowContext;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;
import org.lstm97.reports.verdict.VerdictRule;
import org.w3c.dom.Node;

class PlotMakerTest {
    private static Report report;

    @BeforeAll
    static void build() {
        report = ReportGenerator.build(Path.of("src/test/resources/synthetic/results"));
    }

    private static PaperTable table(String id) {
        return report.tables().stream()
                .filter(t -> id.equals(t.table()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSolvedCurveShowsEveryRowOfTheTableUnderItsOwnLabel() {
        Plot plot = new PlotMaker().solvedCurve(table("7")).orElseThrow();

        assertThat(plot.name()).isEqualTo("table-7-solved");
        assertThat(plot.legend())
                .containsExactly(
                        "T=100", "T=500", "T=1000 (not run)", "T=100 (linear output)", "T=500 (linear output)");
        double[] y = plot.yValues("T=100");
        double[] x = plot.xValues("T=100");
        assertThat(y[y.length - 1]).isEqualTo(1.0);
        assertThat(x[x.length - 1]).as("the line runs to the row's budget").isEqualTo(10_000_000.0);
        double[] partly = plot.yValues("T=500 (linear output)");
        assertThat(partly[partly.length - 1]).as("1 of 3 solved").isEqualTo(1.0 / 3.0);
        assertThat(plot.xValues("paper: T=100")).containsExactly(74000.0);
        assertThat(plot.legend()).noneMatch(l -> l.startsWith("paper"));
    }

    @Test
    void aRowWithoutASuccessIsAFlatLineToItsBudget() {
        Plot plot = new PlotMaker().solvedCurve(table("X1")).orElseThrow();

        assertThat(plot.legend()).containsExactly("guess", "stray");
        assertThat(plot.yValues("guess")).containsOnly(0.0);
        assertThat(plot.xValues("guess")).endsWith(1000.0);
    }

    @Test
    void table3IsPlottedAgainstQOverPAndTable7AgainstTWithOneSeriesPerVariant() {
        PlotMaker maker = new PlotMaker();

        assertThat(maker.plots(table("3"))).extracting(Plot::name).containsExactly("table-3-solved", "table-3-vs-qp");
        assertThat(maker.plots(table("7"))).extracting(Plot::name).containsExactly("table-7-solved", "table-7-vs-T");
        Plot againstT = maker.againstSetting(table("7"), "T").orElseThrow();
        assertThat(againstT.legend())
                .containsExactly("paper", "ours: lstm", "paper: lstm-linear-out", "ours: lstm-linear-out");
        assertThat(againstT.xValues("paper")).containsExactly(100.0, 500.0, 1000.0);
        assertThat(againstT.xValues("ours: lstm")).containsExactly(100.0, 500.0);
        assertThat(againstT.yValues("ours: lstm-linear-out")).containsExactly(65000.0, 333333.0);
        Plot againstQp = maker.againstSetting(table("3"), "q/p").orElseThrow();
        assertThat(againstQp.legend()).containsExactly("paper", "ours");
    }

    @Test
    void aTableWithoutTrialsHasNoSolvedCurve() {
        PaperTable table = table("7");
        PlannedRow spec = table.rows().get(2).spec();
        RowStatistics none = RowStatistics.empty(spec.row());
        ReportRow row = new ReportRow("e", "label", null, List.of(), VerdictRule.DEFAULT.judge(spec, none), spec, none);
        PaperTable empty = new PaperTable("7", "t", table.layout(), List.of(row), table.experiments());

        assertThat(new PlotMaker().solvedCurve(empty)).isEmpty();
    }

    @Test
    void everyFormatIsWrittenVectorWithRealTextOrAt300Dpi() throws IOException {
        PaperTable table = table("7");
        PlannedRow spec = new PlannedRow(
                "r",
                "lstm",
                1,
                10L,
                null,
                Map.of("T", 100),
                Map.of("type", "lstm1997"),
                null,
                null,
                new PaperValues(null, null, 0.0, null, null, null, null, null, null, null, null, null));
        RowStatistics stats = new RowStatistics(
                "r",
                1,
                1,
                0,
                0,
                0,
                WilsonInterval.of95(1, 1),
                new double[] {0.0},
                0.0,
                0.0,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                10L,
                0L,
                0L);
        RowContext context = new RowContext(table.experiments().get(0), spec, stats);
        List<Cell> cells =
                table.layout().columns().stream().map(c -> c.cellOf(context)).toList();
        ReportRow row = new ReportRow("e", "label", null, cells, VerdictRule.DEFAULT.judge(spec, stats), spec, stats);
        PaperTable oneRow = new PaperTable("7", "t", table.layout(), List.of(row), table.experiments());
        PlotWriter writer = new PlotWriter();

        List<Plot> plots = new PlotMaker().plots(oneRow);

        assertThat(plots).extracting(Plot::name).containsExactly("table-7-solved", "table-7-vs-T");
        for (Plot plot : plots) {
            String svg = new String(writer.svg(plot), StandardCharsets.UTF_8);
            String yTitle = plot.name().endsWith("solved") ? "fraction of trials solved" : "mean sequences to success";
            // the title, the rotated axis title and the log axis' tick labels are all text, not outlines
            assertThat(svg)
                    .contains("<svg")
                    .contains(">Table 7: ")
                    .contains(">" + yTitle + "</text>")
                    .contains(">10</text>");
            byte[] pdf = writer.pdf(plot);
            assertThat(pdf).startsWith('%', 'P', 'D', 'F');
            try (PDDocument document = Loader.loadPDF(pdf)) {
                // (the rotated axis title is text too, but text extraction splits rotated words)
                assertThat(new PDFTextStripper().getText(document))
                        .contains("Table 7: ")
                        .contains(plot.name().endsWith("solved") ? "sequences presented" : "ours")
                        .contains(plot.name().endsWith("solved") ? "label" : "10");
            }
            byte[] png = writer.png(plot);
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(dotsPerInch(png)).isEqualTo(300);
        }
    }

    /** The resolution a PNG records (its pHYs chunk), in dots per inch. */
    private static int dotsPerInch(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo((int) Math.round(PlotMaker.WIDTH * 300 / 72.0));
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    double perMetre = Double.parseDouble(((IIOMetadataNode) n).getAttribute("pixelsPerUnitXAxis"));
                    return (int) Math.round(perMetre * 0.0254);
                }
            }
            return -1;
        }
    }
}
