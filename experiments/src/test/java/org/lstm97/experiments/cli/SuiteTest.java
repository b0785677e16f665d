package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;

/** {@code reproduce --suite}: the embedded files of each suite, and where their results and reports go. */
class SuiteTest {

    @Test
    void theBeyondSuiteHasOneFilePerPaperTable() {
        List<ExperimentSpec> beyond = PaperExperiments.embedded("beyond", "quick");
        List<ExperimentSpec> paper = PaperExperiments.embedded("quick");
        assertThat(beyond)
                .extracting(ExperimentSpec::name)
                .containsExactlyElementsOf(
                        paper.stream().map(s -> "beyond-" + s.name()).toList());
        assertThat(PaperExperiments.embeddedNames("beyond/")).allMatch(n -> n.startsWith("beyond/table"));
        assertThat(PaperExperiments.embeddedNames()).allMatch(n -> n.startsWith("paper/table"));
    }

    @Test
    void theReadingsSuiteHasOneFilePerRowFamilyThatDoesNotReproduce() {
        List<ExperimentSpec> readings = PaperExperiments.embedded("readings", "quick");
        assertThat(readings)
                .extracting(ExperimentSpec::name)
                .containsExactly(
                        "readings-table1-embedded-reber",
                        "readings-table2-noise-free-lag",
                        "readings-table3-very-long-lag",
                        "readings-table7-adding",
                        "readings-table8-multiplication",
                        "readings-table9-temporal-order");
        assertThat(PaperExperiments.embeddedNames("readings/")).allMatch(n -> n.startsWith("readings/table"));
    }

    @Test
    void theReadingsQuickProfileRunsAndItsReportRanksTheReadings(@TempDir Path dir) throws IOException {
        // two of the six files (Table 1: the 16 cells of one row; 6b: 8 cells), one trial per cell
        Path results = dir.resolve("results");
        Path out = dir.resolve("report");
        CliTest.Result r = CliTest.cli(
                "reproduce",
                "--suite",
                "readings",
                "--profile",
                "quick",
                "--only",
                "readings-table1-embedded-reber,readings-table9-temporal-order",
                "--results",
                results.toString(),
                "--out",
                out.toString(),
                "--quiet");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(results.resolve("readings-table1-embedded-reber/trials.jsonl")))
                .hasSize(16);
        assertThat(Files.readAllLines(results.resolve("readings-table9-temporal-order/trials.jsonl")))
                .hasSize(8);
        assertThat(r.out())
                .contains("readings of table 1, LSTM, 3 blocks, size 2, lr 0.5: smoke test: ranked by "
                        + "distance, no conclusion")
                .contains("readings of table 9, Task 6b: smoke test");
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md)
                .contains(
                        "### Readings of LSTM, 3 blocks, size 2, lr 0.5",
                        "### Readings of Task 6b",
                        "| update=per-step, targets=legal-successors, initialActivation=0.5, inputGateBiasRange=0.1 | 0/1 |",
                        "Task 6b (reading: outputGateBias=[-2.0, -4.0, -6.0], error=half-sse, initialActivation=0.5)",
                        "Readings are ranked by their distance to the paper");
        assertThat(Files.readString(out.resolve("results.csv"))).contains(",reading distance,");
    }

    @Test
    void resultsOfTheBeyondSuiteGoToTheirOwnFolder() {
        assertThat(ReproduceCommand.resultsFolder("paper", "paper")).isEqualTo("paper");
        assertThat(ReproduceCommand.resultsFolder("paper", "quick")).isEqualTo("quick");
        assertThat(ReproduceCommand.resultsFolder("beyond", "paper")).isEqualTo("beyond");
        assertThat(ReproduceCommand.resultsFolder("beyond", "quick")).isEqualTo("beyond-quick");
        assertThat(ReproduceCommand.resultsFolder("readings", "paper")).isEqualTo("readings");
        assertThat(ReproduceCommand.resultsFolder("readings", "quick")).isEqualTo("readings-quick");
    }

    @Test
    void anUnknownSuiteListsTheKnownOnes() {
        assertThatThrownBy(() -> PaperExperiments.embedded("later", "quick"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--suite: unknown suite 'later'; known: paper, beyond, readings");
    }
}
