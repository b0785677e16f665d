package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.lanes.LaneEngine;

/** The CLI end to end on tiny grids of the test plugin (registered only through test resources). */
class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lstm97.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path toyFile() throws IOException {
        Path file = dir.resolve("toy.yaml");
        try (var in = CliTest.class.getResourceAsStream("/toy.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void aPluginRegisteredOnlyInItsOwnModuleIsListed() {
        Result r = cli("list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("toy-unit").contains("Test learner");
        Result learners = cli("list", "learners");
        assertThat(learners.out())
                .contains("toy-unit (learner) — Test learner")
                .contains("learningRate")
                .contains("default 0.5");
    }

    @Test
    void runWritesResultsAndPrintsATable() throws IOException {
        Path results = dir.resolve("results");
        Result r = cli("run", toyFile().toString(), "--results", results.toString(), "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(results.resolve("toy/trials.jsonl"))).hasSize(2);
        assertThat(r.out())
                .contains("ran 2 trials")
                .contains("toy")
                .contains("unit")
                .contains("100%");
        Result again = cli("run", toyFile().toString(), "--results", results.toString());
        assertThat(again.out()).contains("ran 0 trials").contains("2 already stored");
    }

    @Test
    void planOnlyWritesThePlanAndReportsItsRowsAsNotRun() throws IOException {
        Path results = dir.resolve("results");
        Result r = cli("run", toyFile().toString(), "--results", results.toString(), "--plan-only");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(results.resolve("toy/experiment.json")).exists();
        assertThat(results.resolve("toy/trials.jsonl")).doesNotExist();
        assertThat(r.out()).contains("ran 0 trials").contains("not run");
    }

    @Test
    void rowsSelectsWhichRowsRun() throws IOException {
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, Files.readString(toyFile()) + "  - name: other\n    learner: {type: toy-unit}\n");
        Path results = dir.resolve("results");
        Result r = cli("run", file.toString(), "--results", results.toString(), "--rows", "oth*");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(results.resolve("toy/trials.jsonl")))
                .hasSize(2)
                .allMatch(l -> l.contains("\"row\":\"other\""));
        assertThat(r.out()).contains("not run");
    }

    @Test
    void anUnknownTypeIsBadInputNamingFileAndLine() throws IOException {
        Path file = toyFile();
        Files.writeString(file, Files.readString(file).replace("type: toy-unit", "type: lstmx"));
        Result r =
                cli("run", file.toString(), "--results", dir.resolve("results").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .startsWith("lstm97: " + file + ":14: unknown learner 'lstmx'; known: ")
                .contains("lstm1997")
                .contains("toy-unit");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void validateNamesAMisspeltKeyAndWritesNothing() throws IOException {
        Path file = toyFile();
        Files.writeString(file, Files.readString(file).replace("learningRate: 1.0", "learnigRate: 1.0"));
        Result r = cli("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("lstm97: " + file + ":15: unknown key 'learnigRate' for learner "
                        + "'toy-unit' (did you mean 'learningRate'?); valid keys: learningRate, initRange");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void validateAcceptsAGoodFile() throws IOException {
        Result r = cli("validate", toyFile().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ok (toy, table 0, 1 rows, 2 trials, profile paper)");
        Result own = cli("validate", toyFile().toString(), "--set", "table=", "--set", "trials=3");
        assertThat(own.out()).as(own.err()).contains("ok (toy, no paper table, 1 rows, 3 trials, profile paper)");
    }

    @Test
    void benchTimesTheChosenNetOnBothEnginesAndCountsItsTrialSteps() {
        Result r = cli(
                "bench",
                "--only",
                "lstm-table7-adding-T100",
                "--sequences",
                "2",
                "--warmup",
                "0",
                "--passes",
                "1",
                "--seconds",
                "0",
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        String scalar = lines.get(0);
        assertThat(scalar)
                .startsWith("{")
                .endsWith("}")
                .contains("\"net\":\"lstm-table7-adding-T100\"")
                .contains("\"engine\":\"scalar\"")
                .contains("\"lanes\":1")
                .contains("\"weights\":93")
                .contains("\"nsPerTrialStep\":");
        long steps = Long.parseLong(scalar.replaceAll(".*\"trialSteps\":(\\d+)[,}].*", "$1"));
        assertThat(steps).isBetween(2L * 100, 2L * 110); // one pass over two adding sequences of T = 100..110
        String lanes = lines.get(1);
        assertThat(lanes)
                .contains("\"engine\":\"lanes\"")
                .contains("\"lanes\":" + LaneEngine.lanes())
                .contains("\"nsPerTrialStep\":");
        long laneSteps = Long.parseLong(lanes.replaceAll(".*\"trialSteps\":(\\d+)[,}].*", "$1"));
        assertThat(laneSteps % LaneEngine.lanes()).isZero(); // whole group steps, K trial-steps each
        assertThat(laneSteps).isBetween(steps - LaneEngine.lanes(), steps);
    }

    @Test
    void benchOnTheScalarEngineOnly() {
        Result r = cli(
                "bench",
                "--only",
                "lstm-table7-adding-T100",
                "--sequences",
                "1",
                "--warmup",
                "0",
                "--passes",
                "1",
                "--seconds",
                "0",
                "--json",
                "--engine",
                "scalar");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).singleElement().asString().contains("\"engine\":\"scalar\"");
    }

    @Test
    void benchRejectsANegativeTime() {
        Result r = cli("bench", "--seconds", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo("lstm97: --sequences and --passes must be >= 1, --warmup >= 0 and --seconds in [0, 3600]");
    }
}
