package org.lstm97.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lstm97.reports.layout.PaperTable;
import org.lstm97.reports.layout.Report;
import org.lstm97.reports.layout.ReportBuilder;
import org.lstm97.reports.load.ResultsLoader;
import org.lstm97.reports.plot.Plot;
import org.lstm97.reports.plot.PlotMaker;
import org.lstm97.reports.plot.PlotWriter;
import org.lstm97.reports.render.CsvRenderer;
import org.lstm97.reports.render.HtmlRenderer;
import org.lstm97.reports.render.InlineImage;
import org.lstm97.reports.render.LatexRenderer;
import org.lstm97.reports.render.MarkdownRenderer;

/**
 * The facade the CLI calls: reads a results folder and writes the paper-style report.
 *
 * <p>Files written under the output folder: {@code report.md} (Markdown), {@code report.html}
 * (self-contained HTML), {@code tex/table-<id>.tex} (one LaTeX document per table), {@code results.csv} (tidy
 * CSV), and, with Markdown or HTML, {@code plots/table-<id>-solved.{svg,png}} plus
 * {@code plots/table-3-vs-qp.*} and {@code plots/table-7-vs-T.*}.
 *
 * <p>Bad input (a corrupt result line other than the last, an unknown format version, an experiment folder
 * without {@code experiment.json}) throws {@link org.lstm97.core.config.ConfigException} with a one-line
 * {@code file:line: what} message.
 */
public final class ReportGenerator {
    public static final String MARKDOWN_FILE = "report.md";
    public static final String HTML_FILE = "report.html";
    public static final String CSV_FILE = "results.csv";
    public static final String TEX_DIR = "tex";
    public static final String PLOT_DIR = "plots";

    private ReportGenerator() {
    }

    /** Writes the report of {@code resultsDir} to {@code outDir} in {@code formats}; returns what it wrote. */
    public static GeneratedReport generate(Path resultsDir, Path outDir, Set<Format> formats) {
        Report report = build(resultsDir);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            Map<String, List<String>> plotLinks = new LinkedHashMap<>();
            Map<String, List<InlineImage>> plotImages = new LinkedHashMap<>();
            if (formats.contains(Format.MD) || formats.contains(Format.HTML)) {
                plots(report, outDir.resolve(PLOT_DIR), written, plotLinks, plotImages);
            }
            if (formats.contains(Format.MD)) {
                written.add(write(outDir.resolve(MARKDOWN_FILE), new MarkdownRenderer().render(report, plotLinks)));
            }
            if (formats.contains(Format.HTML)) {
                written.add(write(outDir.resolve(HTML_FILE), new HtmlRenderer().render(report, plotImages)));
            }
            if (formats.contains(Format.TEX)) {
                Path texDir = Files.createDirectories(outDir.resolve(TEX_DIR));
                LatexRenderer latex = new LatexRenderer();
                for (PaperTable table : report.tables()) {
                    written.add(write(texDir.resolve(table.fileId() + ".tex"), latex.render(report, table)));
                }
            }
            if (formats.contains(Format.CSV)) {
                written.add(write(outDir.resolve(CSV_FILE), new CsvRenderer().render(report)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + outDir + ": " + e.getMessage(), e);
        }
        return new GeneratedReport(written, report.warnings());
    }

    /**
     * A plain-text (Markdown) table the CLI prints after a run: per experiment and row, trials, solved,
     * success %, mean sequences-to-success, the paper's value and the verdict; warnings follow.
     */
    public static String summary(Path resultsDir) {
        return new SummaryRenderer().render(build(resultsDir));
    }

    /** The report model of {@code resultsDir}, for callers that render it themselves. */
    public static Report build(Path resultsDir) {
        return ReportBuilder.DEFAULT.build(new ResultsLoader().load(resultsDir));
    }

    private static void plots(Report report, Path dir, List<Path> written, Map<String, List<String>> links,
                              Map<String, List<InlineImage>> images) throws IOException {
        PlotMaker maker = new PlotMaker();
        PlotWriter writer = new PlotWriter();
        for (PaperTable table : report.tables()) {
            for (Plot plot : maker.plots(table)) {
                Files.createDirectories(dir);
                byte[] png = writer.png(plot);
                written.add(Files.write(dir.resolve(plot.name() + ".svg"), writer.svg(plot)));
                written.add(Files.write(dir.resolve(plot.name() + ".png"), png));
                links.computeIfAbsent(table.fileId(), k -> new ArrayList<>()).add(PLOT_DIR + "/" + plot.name() + ".svg");
                images.computeIfAbsent(table.fileId(), k -> new ArrayList<>())
                        .add(new InlineImage(plot.title(), png));
            }
        }
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
