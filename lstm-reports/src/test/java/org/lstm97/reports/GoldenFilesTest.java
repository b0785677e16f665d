package org.lstm97.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.plot.Plot;
import org.lstm97.reports.plot.PlotMaker;
import org.lstm97.reports.render.CsvRenderer;
import org.lstm97.reports.render.HtmlRenderer;
import org.lstm97.reports.render.LatexRenderer;
import org.lstm97.reports.render.MarkdownRenderer;

/**
 * Every renderer's output for the synthetic results folder, compared with the golden files under
 * {@code src/test/resources/golden}. After an intended change, regenerate them with
 * {@code mvn -pl lstm-reports -am verify -Dlstm97.regenerateGolden=true} (the property is passed on to the
 * tests) and review the diff. Plot images are not golden (font rendering differs between machines): the
 * Markdown golden file holds their links, the HTML golden file is rendered without images.
 */
class GoldenFilesTest {
    private static final boolean REGENERATE = Boolean.getBoolean("lstm97.regenerateGolden");
    private static Report report;

    @BeforeAll
    static void build() {
        report = ReportGenerator.build(Synthetic.RESULTS);
    }

    @Test
    void markdown() throws IOException {
        Map<String, List<String>> links = new LinkedHashMap<>();
        PlotMaker maker = new PlotMaker();
        for (PaperTable table : report.tables()) {
            List<String> names = new ArrayList<>();
            for (Plot plot : maker.plots(table)) {
                names.add("plots/" + plot.name() + ".svg");
            }
            links.put(table.fileId(), names);
        }
        check("report.md", new MarkdownRenderer().render(report, links));
    }

    @Test
    void html() throws IOException {
        check("report.html", new HtmlRenderer().render(report, Map.of()));
    }

    @Test
    void csv() throws IOException {
        check("results.csv", new CsvRenderer().render(report));
    }

    @Test
    void latexAFragmentAndAStandaloneDocumentPerTable() throws IOException {
        assertThat(report.tables())
                .extracting(PaperTable::fileId)
                .containsExactly("table-1", "table-3", "table-4", "table-7", "table-x1", "results-my-adding");
        for (PaperTable table : report.tables()) {
            check("tex/" + table.fileId() + ".tex", new LatexRenderer().fragment(report, table));
            check(
                    "tex/" + table.fileId() + "-standalone.tex",
                    new LatexRenderer().standalone(report, table, table.fileId() + ".tex"));
        }
    }

    @Test
    void aSmokeTestReportSaysSoAndCarriesNoVerdicts() throws IOException {
        Report quick = ReportGenerator.build(Synthetic.QUICK);
        check("quick/report.md", new MarkdownRenderer().render(quick, Map.of()));
        check("quick/summary.md", ReportGenerator.summary(Synthetic.QUICK));
        check(
                "quick/tex/table-2.tex",
                new LatexRenderer().fragment(quick, quick.tables().get(0)));
    }

    @Test
    void summary() throws IOException {
        check("summary.md", ReportGenerator.summary(Synthetic.RESULTS));
    }

    private static void check(String name, String actual) throws IOException {
        Path golden = Synthetic.GOLDEN.resolve(name);
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden)
                .as("golden file %s (regenerate with -Dlstm97.regenerateGolden=true)", golden)
                .exists();
        assertThat(actual)
                .as(
                        "%s differs from its golden file; regenerate with -Dlstm97.regenerateGolden=true "
                                + "if the change is intended",
                        name)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
