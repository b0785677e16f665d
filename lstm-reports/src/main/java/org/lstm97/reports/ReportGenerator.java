package org.lstm97.reports;

import java.io.IOException;
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
import org.lstm97.reports.load.PaperSuite;
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
 * (self-contained HTML), {@code tex/table-<id>.tex} (a LaTeX fragment per table, to {@code \\input}) with
 * {@code tex/table-<id>-standalone.tex} (a document around it), {@code results.csv} (tidy CSV), and, with
 * Markdown or HTML, {@code plots/table-<id>-solved.{svg,pdf,png}} plus {@code plots/table-3-vs-qp.*} and
 * {@code plots/table-7-vs-T.*}. The folder is written all at once (a temporary folder renamed into place).
 *
 * <p>A results folder that cannot be read (a bad result line, an unknown format version, an experiment folder
 * without {@code experiment.json}) throws {@link org.lstm97.core.run.ResultsException}, and an output folder
 * that is a file or holds other files {@link org.lstm97.core.config.ConfigException}, each with a one-line
 * {@code file:line: what} message, before anything is written.
 */
public final class ReportGenerator {
    public static final String MARKDOWN_FILE = "report.md";
    public static final String HTML_FILE = "report.html";
    public static final String CSV_FILE = "results.csv";
    public static final String TEX_DIR = "tex";
    public static final String PLOT_DIR = "plots";
    /** The name of a table's standalone LaTeX document, beside its fragment. */
    public static final String STANDALONE_SUFFIX = "-standalone";

    private ReportGenerator() {}

    /** Checks that {@code outDir} can take a report (not a file, nothing but an earlier report in it). */
    public static void checkOut(Path outDir) {
        ReportFolder.check(outDir);
    }

    /** Writes the report of {@code resultsDir} to {@code outDir} in {@code formats}; returns what it wrote. */
    public static GeneratedReport generate(Path resultsDir, Path outDir, Set<Format> formats) {
        return generate(resultsDir, outDir, formats, PaperSuite.NONE);
    }

    /**
     * Writes the report of {@code resultsDir}; when it is a paper folder (it holds any of {@code suite}'s
     * experiments), only the paper's experiments and rows are reported.
     */
    public static GeneratedReport generate(Path resultsDir, Path outDir, Set<Format> formats, PaperSuite suite) {
        ReportFolder.check(outDir);
        Report report = build(resultsDir, suite);
        List<Path> relative = new ArrayList<>();
        ReportFolder.replace(outDir, folder -> relative.addAll(write(report, folder, formats)));
        return new GeneratedReport(relative.stream().map(outDir::resolve).toList(), report.warnings());
    }

    /** Writes every file of {@code report} into {@code folder}; returns their paths relative to it. */
    private static List<Path> write(Report report, Path folder, Set<Format> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, List<String>> plotLinks = new LinkedHashMap<>();
        Map<String, List<InlineImage>> plotImages = new LinkedHashMap<>();
        if (formats.contains(Format.MD) || formats.contains(Format.HTML)) {
            plots(report, folder, written, plotLinks, plotImages);
        }
        if (formats.contains(Format.MD)) {
            written.add(write(folder, Path.of(MARKDOWN_FILE), new MarkdownRenderer().render(report, plotLinks)));
        }
        if (formats.contains(Format.HTML)) {
            written.add(write(folder, Path.of(HTML_FILE), new HtmlRenderer().render(report, plotImages)));
        }
        if (formats.contains(Format.TEX)) {
            Files.createDirectories(folder.resolve(TEX_DIR));
            LatexRenderer latex = new LatexRenderer();
            for (PaperTable table : report.tables()) {
                String fragment = table.fileId() + ".tex";
                written.add(write(folder, Path.of(TEX_DIR, fragment), latex.fragment(report, table)));
                written.add(write(
                        folder,
                        Path.of(TEX_DIR, table.fileId() + STANDALONE_SUFFIX + ".tex"),
                        latex.standalone(report, table, fragment)));
            }
        }
        if (formats.contains(Format.CSV)) {
            written.add(write(folder, Path.of(CSV_FILE), new CsvRenderer().render(report)));
        }
        return written;
    }

    /**
     * A plain-text (Markdown) table the CLI prints after a run: per experiment and row, trials, solved,
     * success %, mean sequences-to-success, the paper's value and the verdict; warnings follow.
     */
    public static String summary(Path resultsDir) {
        return summary(resultsDir, PaperSuite.NONE);
    }

    /** The summary of {@code resultsDir}, a paper folder reduced to {@code suite}'s experiments. */
    public static String summary(Path resultsDir, PaperSuite suite) {
        return new SummaryRenderer().render(build(resultsDir, suite));
    }

    /** The report model of {@code resultsDir}, for callers that render it themselves. */
    public static Report build(Path resultsDir) {
        return build(resultsDir, PaperSuite.NONE);
    }

    /** The report model of {@code resultsDir}, a paper folder reduced to {@code suite}'s experiments. */
    public static Report build(Path resultsDir, PaperSuite suite) {
        return ReportBuilder.DEFAULT.build(new ResultsLoader().load(resultsDir, suite));
    }

    private static void plots(
            Report report,
            Path folder,
            List<Path> written,
            Map<String, List<String>> links,
            Map<String, List<InlineImage>> images)
            throws IOException {
        PlotMaker maker = new PlotMaker();
        PlotWriter writer = new PlotWriter();
        for (PaperTable table : report.tables()) {
            for (Plot plot : maker.plots(table)) {
                Files.createDirectories(folder.resolve(PLOT_DIR));
                byte[] svg = writer.svg(plot);
                written.add(write(folder, Path.of(PLOT_DIR, plot.name() + ".svg"), svg));
                written.add(write(folder, Path.of(PLOT_DIR, plot.name() + ".pdf"), writer.pdf(plot)));
                written.add(write(folder, Path.of(PLOT_DIR, plot.name() + ".png"), writer.png(plot)));
                links.computeIfAbsent(table.fileId(), k -> new ArrayList<>())
                        .add(PLOT_DIR + "/" + plot.name() + ".svg");
                images.computeIfAbsent(table.fileId(), k -> new ArrayList<>()).add(new InlineImage(plot.title(), svg));
            }
        }
    }

    private static Path write(Path folder, Path file, String text) throws IOException {
        return write(folder, file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(Path folder, Path file, byte[] bytes) throws IOException {
        Files.write(folder.resolve(file), bytes);
        return file;
    }
}
