package org.lstm97.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full report of the synthetic results, plots included, written to a temporary folder. */
class HtmlReportTest {
    @TempDir
    static Path out;

    private static GeneratedReport generated;

    @BeforeAll
    static void generate() {
        generated = ReportGenerator.generate(Synthetic.RESULTS, out, Format.all());
    }

    @Test
    void writesEveryFormatAndThePlots() {
        assertThat(generated.files())
                .extracting(p -> out.relativize(p).toString().replace('\\', '/'))
                .contains(
                        "report.md",
                        "report.html",
                        "results.csv",
                        "tex/table-1.tex",
                        "tex/table-7.tex",
                        "tex/table-7-standalone.tex",
                        "plots/table-1-solved.svg",
                        "plots/table-1-solved.pdf",
                        "plots/table-1-solved.png",
                        "plots/table-3-vs-qp.svg",
                        "plots/table-3-vs-qp.png",
                        "plots/table-7-vs-T.svg",
                        "plots/table-7-vs-T.pdf",
                        "plots/table-7-vs-T.png");
        assertThat(generated.files()).allSatisfy(p -> assertThat(Files.size(p)).isPositive());
        assertThat(generated.warnings()).hasSize(2);
    }

    @Test
    void plotsAreRealImages() throws IOException {
        byte[] png = Files.readAllBytes(out.resolve("plots/table-7-solved.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(out.resolve("plots/table-7-solved.svg"), StandardCharsets.UTF_8))
                .contains("<svg");
    }

    @Test
    void parsesAsValidHtmlWithEveryTable() throws IOException {
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);

        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        assertThat(doc.select("section > h2"))
                .extracting(Element::text)
                .containsExactly(
                        "Table 1: Embedded Reber grammar (Exp. 1)", "Table 3: Very long time lags (Exp. 2c)",
                        "Table 4: Two-sequence problem (Exp. 3a)", "Table 7: Adding problem (Exp. 4)",
                        "Table X1: An extra experiment", "Results: my-adding");
        assertThat(doc.select("tr.not-run")).hasSize(2);
        assertThat(doc.select("figure img")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void referencesNoExternalResource() throws IOException {
        Document doc = Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));

        assertThat(doc.select("[src]"))
                .allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:image/svg+xml;base64,"));
        assertThat(doc.select("[href]"))
                .allSatisfy(
                        e -> assertThat(e.attr("href")).doesNotStartWith("http").doesNotStartWith("//"));
        assertThat(doc.select("script, link, iframe, object, embed")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
    }

    @Test
    void statesTheRunFacts() throws IOException {
        Document doc = Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));

        assertThat(doc.select("table.facts").text())
                .contains(
                        "profile synthetic",
                        "commit 0123456789abcdef",
                        "date 2026-11-26",
                        "trials per row 3–30",
                        "machine Linux 6.1 amd64, 2 cores, Java 17.0.15");
    }

    @Test
    void onlyTheRequestedFormatsAreWritten(@TempDir Path only) {
        GeneratedReport csv = ReportGenerator.generate(Synthetic.RESULTS, only, EnumSet.of(Format.CSV));

        assertThat(csv.files()).containsExactly(only.resolve("results.csv"));
    }
}
