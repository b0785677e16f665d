package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.config.ConfigOverride;
import org.lstm97.core.config.ExperimentSpec;
import picocli.CommandLine;

/**
 * A user's own results stay apart from the paper's; the quick profile is a smoke test; outputs are written
 * whole or not at all.
 */
class UserResultsTest {
    @TempDir
    Path dir;

    private Path toy(String extra) throws IOException {
        Path file = dir.resolve("toy.yaml");
        try (var in = UserResultsTest.class.getResourceAsStream("/toy.yaml")) {
            Files.writeString(file, new String(in.readAllBytes()) + extra);
        }
        return file;
    }

    private static RunOptions options(String... args) {
        RunOptions options = new RunOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void runStoresEachExperimentInAFolderOfItsOwnByDefault() throws IOException {
        ExperimentSpec paper = Wiring.load(List.of(toy("")), "paper").get(0);
        ExperimentSpec quick = Wiring.load(List.of(toy("profiles:\n  quick: {trials: 1}\n")), "quick")
                .get(0);

        assertThat(options().runFolder(paper)).isEqualTo(Path.of("results", "toy"));
        assertThat(options("--profile", "quick").runFolder(quick)).isEqualTo(Path.of("results", "toy@quick"));
        assertThat(options("--results", "r").runFolder(quick)).isEqualTo(Path.of("r", "toy"));
        assertThat(options().reproduceRoot()).isEqualTo(Path.of("results", "paper"));
        assertThat(options("--profile", "quick").reproduceRoot()).isEqualTo(Path.of("results", "quick"));
    }

    @Test
    void aCleanRunLeavesNoLockAndRecordsItsOverrides() throws IOException {
        Path results = dir.resolve("results");
        CliTest.Result r = CliTest.cli(
                "run",
                toy("").toString(),
                "--results",
                results.toString(),
                "--quiet",
                "--set",
                "trials=1",
                "--set",
                "variants.unit.learner.learningRate=0.5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(results.resolve("toy/.lock")).doesNotExist();
        assertThat(Files.readAllLines(results.resolve("toy/trials.jsonl"))).hasSize(1);
        assertThat(Files.readString(results.resolve("toy/experiment.json")))
                .contains("\"overrides\" : [ \"trials=1\", \"variants.unit.learner.learningRate=0.5\" ]")
                .contains("\"changedFromPaper\" : {\n      \"learner.learningRate\" : {\n        \"paper\" : 1.0,\n"
                        + "        \"run\" : 0.5");
    }

    @Test
    void anExperimentWithoutAPaperTableGetsAPlainTableWithoutVerdicts() throws IOException {
        Path results = dir.resolve("results");
        Path file = toy("");
        Files.writeString(file, Files.readString(file).replace("table: \"0\"\n", ""));
        CliTest.Result r = CliTest.cli("run", file.toString(), "--results", results.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("| table | experiment | row | trials | solved | success % | mean seq. to success "
                        + "| paper |\n")
                .contains("| — | toy | unit | 2/2 |")
                .doesNotContain("verdict");

        Path out = dir.resolve("report");
        CliTest.Result report =
                CliTest.cli("report", "--results", results.resolve("toy").toString(), "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains("## Results: toy")
                .doesNotContain("| verdict")
                .doesNotContain("(paper)")
                .doesNotContain("Reproduced:");
    }

    @Test
    void theQuickProfileIsASmokeTestWithoutVerdicts() throws IOException {
        Path results = dir.resolve("results");
        Path file = toy("profiles:\n  quick: {trials: 1}\n");
        CliTest.Result r =
                CliTest.cli("run", file.toString(), "--profile", "quick", "--results", results.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("smoke test (profile quick): no verdicts").doesNotContain("reproduced");

        Path out = dir.resolve("report");
        assertThat(CliTest.cli("report", "--results", results.toString(), "--out", out.toString())
                        .code())
                .isZero();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains("> **Smoke test (profile quick): one or two trials per row")
                .contains("*Smoke test: no verdicts.*")
                .doesNotContain("| verdict |")
                .doesNotContain("reproduced");
        assertThat(Files.readString(out.resolve("results.csv"))).doesNotContain("reproduced");
    }

    @Test
    void aPaperFolderReportsOnlyThePapersExperimentsAndRows() throws IOException {
        Path results = dir.resolve("results");
        Path paper = Path.of("paper", "table9-temporal-order.yaml");
        Path copy = dir.resolve("table9-temporal-order.yaml");
        Files.writeString(
                copy,
                Files.readString(paper)
                        .replaceFirst(
                                "(?m)^variants:\n",
                                "variants:\n  - name: mine\n"
                                        + "    task: {variant: 6a}\n    learner: {type: lstm1997, blocks: 2, blockSize: 2, learningRate: 0.5}\n"));
        assertThat(CliTest.cli("run", copy.toString(), "--results", results.toString(), "--plan-only", "--quiet")
                        .code())
                .isZero();
        assertThat(CliTest.cli("run", toy("").toString(), "--results", results.toString(), "--quiet")
                        .code())
                .isZero();

        Path out = dir.resolve("report");
        CliTest.Result r = CliTest.cli("report", "--results", results.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("lstm97: warning: " + results.resolve("toy") + ": 'toy' is not one of the "
                        + "paper's experiment files; left out of the paper's tables (report it on its own: lstm97 report "
                        + "--results " + results.resolve("toy") + ")")
                .contains("lstm97: warning: " + results.resolve("table9-temporal-order") + ": row 'mine' is not in "
                        + "the paper's file table9-temporal-order; left out of the paper's tables");
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains("## Table 9: Temporal order")
                .doesNotContain("| mine |")
                .doesNotContain("| unit |");
        assertThat(r.out()).doesNotContain("| toy |");
    }

    @Test
    void aReportReplacesTheOldOneWhole() throws IOException {
        Path results = dir.resolve("results");
        assertThat(CliTest.cli("run", toy("").toString(), "--results", results.toString(), "--quiet")
                        .code())
                .isZero();
        Path out = dir.resolve("report");
        Files.createDirectories(out.resolve("plots"));
        Files.writeString(out.resolve("plots/table-old-solved.svg"), "<svg/>");
        Files.writeString(out.resolve("report.md"), "old");

        CliTest.Result r =
                CliTest.cli("report", "--results", results.toString(), "--out", out.toString(), "--format", "md");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# lstm97");
        assertThat(out.resolve("plots/table-old-solved.svg")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".report"));
        }
    }

    @Test
    void overridesParseAsYaml() {
        assertThat(ConfigOverride.parse("task.T=[100, 500]").value().items()).hasSize(2);
        assertThat(ConfigOverride.parse("title=My run").value().scalar()).isEqualTo("My run");
    }

    @Test
    void theReportIsReadyForAnAppendix() throws IOException {
        Path results = dir.resolve("results");
        assertThat(CliTest.cli("run", toy("").toString(), "--results", results.toString(), "--quiet")
                        .code())
                .isZero();
        Path out = dir.resolve("report");

        CliTest.Result r = CliTest.cli("report", "--results", results.toString(), "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote 8 report files to " + out);
        assertThat(Files.readString(out.resolve("tex/table-0.tex")))
                .startsWith("% Table 0: toy")
                .contains("\\begin{tabular}{lrrrrrrrrrrrrrl}")
                .contains("\\toprule")
                .contains("& paper & ours &")
                .doesNotContain("\\documentclass");
        assertThat(Files.readString(out.resolve("tex/table-0-standalone.tex")))
                .startsWith("\\documentclass")
                .contains("\\input{table-0.tex}");
        assertThat(out.resolve("plots/table-0-solved.svg")).isNotEmptyFile();
        assertThat(Files.readAllBytes(out.resolve("plots/table-0-solved.pdf"))).startsWith('%', 'P', 'D', 'F');
        assertThat(out.resolve("plots/table-0-solved.png")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("report.md"))).contains("| # weights (paper) | # weights (ours) |");
    }

    @Test
    void aReportGoesToReportsNamedAfterItsResultsFolder() {
        assertThat(Reports.defaultOut(Path.of("some", "where", "my-results")))
                .isEqualTo(Path.of("reports", "my-results"));
        assertThat(Reports.defaultOut(Path.of("results", "quick"))).isEqualTo(Path.of("reports", "quick"));
    }
}
