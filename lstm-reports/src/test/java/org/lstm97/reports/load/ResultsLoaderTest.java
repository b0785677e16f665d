package org.lstm97.reports.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.run.ResultsException;
import org.lstm97.core.run.TrialResult;

class ResultsLoaderTest {
    private static final String SPEC = """
            {"format":1,"experiment":"table7-adding","table":"7","title":"Adding problem (Exp. 4)","profile":"quick",
             "seed":1997,"source":"paper/table7-adding.yaml","commit":null,
             "machine":{"os":"Linux 6.1","arch":"amd64","cores":2,"java":"17.0.15"},"createdAt":"2026-11-26T05:00:00Z",
             "newTopLevelField":[1,2,3],
             "rows":[{"row":"lstm T=100","variant":"lstm","trials":10,"budget":10000000,"configHash":"abc",
                      "task":{"type":"adding","T":100},"learner":{"type":"lstm1997"},
                      "stop":{"type":"st3","beta":0.01},"evaluation":{"testSize":2560,"metrics":["wrong","mse"]},
                      "paper":{"label":"T=100","successAfter":74000,"wrong":1,"weights":93,"unknownKey":5}}]}
            """;

    @TempDir
    Path dir;

    private static String line(int trial, String extra) {
        return "{\"format\":1,\"key\":\"table7-adding/lstm T=100/" + trial + "\",\"experiment\":\"table7-adding\","
                + "\"table\":\"7\",\"row\":\"lstm T=100\",\"trial\":" + trial + ",\"seed\":1,\"configHash\":\"abc\","
                + "\"profile\":\"paper\",\"status\":\"solved\","
                + "\"presented\":80000,\"sequencesToSuccess\":80000,\"budget\":10000000,\"steps\":1,\"weights\":93,"
                + "\"metrics\":{\"wrong\":1.0,\"mse\":0.001},\"wallMillis\":5" + extra + "}";
    }

    private Path experiment(String spec, String trials) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("table7-adding"));
        if (spec != null) {
            Files.writeString(folder.resolve("experiment.json"), spec);
        }
        if (trials != null) {
            Files.writeString(folder.resolve("trials.jsonl"), trials);
        }
        return folder;
    }

    @Test
    void readsTheSpecAndTheLinesIgnoringUnknownFields() throws IOException {
        experiment(SPEC, line(0, ",\"aFieldFromTheFuture\":{\"x\":1}") + "\n" + line(1, "") + "\n");

        ResultSet results = new ResultsLoader().load(dir);

        assertThat(results.warnings()).isEmpty();
        ExperimentResults experiment = results.experiments().get(0);
        PlannedExperiment spec = experiment.spec();
        assertThat(spec.table()).isEqualTo("7");
        assertThat(spec.commitOrUnknown()).isEqualTo("unknown");
        assertThat(spec.date()).isEqualTo("2026-11-26");
        assertThat(spec.machine().describe()).isEqualTo("Linux 6.1 amd64, 2 cores, Java 17.0.15");
        PlannedRow row = spec.rows().get(0);
        assertThat(row.taskNumber("T")).isEqualTo(100.0);
        assertThat(row.isLstm()).isTrue();
        assertThat(row.paper().successAfter()).isEqualTo(74000.0);
        assertThat(row.paper().wrong()).isEqualTo(1.0);
        assertThat(experiment.trials()).extracting(TrialResult::trial).containsExactly(0, 1);
    }

    @Test
    void skipsATornLastLineWithAWarning() throws IOException {
        experiment(SPEC, line(0, "") + "\n" + line(1, "").substring(0, 60));

        ResultSet results = new ResultsLoader().load(dir);

        assertThat(results.experiments().get(0).trials()).hasSize(1);
        assertThat(results.warnings())
                .singleElement()
                .asString()
                .endsWith("trials.jsonl:2: skipped a torn last line (a trial cut off by a crash)");
    }

    @Test
    void aCorruptLineBeforeTheLastIsAnErrorWithFileAndLine() throws IOException {
        Path folder = experiment(SPEC, line(0, "") + "\n{not json\n" + line(2, "") + "\n");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessageStartingWith(folder.resolve("trials.jsonl") + ":2: not JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aBrokenLastLineWithItsNewlineIsAnErrorAsInTheStore() throws IOException {
        Path folder = experiment(SPEC, line(0, "") + "\n{not json\n");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .hasMessageStartingWith(folder.resolve("trials.jsonl") + ":2: not JSON");
    }

    @Test
    void aHandEditedFieldIsAnErrorNamingFileLineAndField() throws IOException {
        Path folder = experiment(
                SPEC,
                line(0, "") + "\n"
                        + line(1, "")
                                .replace("\"presented\":80000", "\"presented\":-7")
                                .replace(",\"sequencesToSuccess\":80000", "")
                        + "\n");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .hasMessage(folder.resolve("trials.jsonl") + ":2: field 'presented' must be an integer >= 0, got -7");
    }

    @Test
    void aFolderThatIsOneExperimentIsReadAsIt() throws IOException {
        Path folder = experiment(SPEC, line(0, "") + "\n");

        ResultSet results = new ResultsLoader().load(folder);

        assertThat(results.experiments())
                .singleElement()
                .satisfies(e -> assertThat(e.spec().experiment()).isEqualTo("table7-adding"));
    }

    @Test
    void aPaperFolderReportsOnlyThePapersExperimentsAndRows() throws IOException {
        experiment(SPEC, line(0, "") + "\n");
        Path mine = Files.createDirectories(dir.resolve("my-adding"));
        Files.writeString(
                mine.resolve("experiment.json"),
                SPEC.replace("\"experiment\":\"table7-adding\"", "\"experiment\":\"my-adding\""));
        PaperSuite suite = new PaperSuite(
                java.util.Map.of("table7-adding", new PaperSuite.Entry("7", java.util.Set.of("lstm T=100"))));

        ResultSet results = new ResultsLoader().load(dir, suite);

        assertThat(results.experiments()).extracting(e -> e.spec().experiment()).containsExactly("table7-adding");
        assertThat(results.warnings())
                .containsExactly(mine + ": 'my-adding' is not one of the paper's experiment "
                        + "files; left out of the paper's tables (report it on its own: lstm97 report --results " + mine
                        + ")");
        assertThat(new ResultsLoader().load(dir).experiments()).hasSize(2);
    }

    @Test
    void anUnknownResultLineFormatIsAnError() throws IOException {
        Path folder = experiment(SPEC, line(0, "").replace("\"format\":1", "\"format\":2") + "\n");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessage(folder.resolve("trials.jsonl")
                        + ":1: result-line format 2 is not supported by this version of lstm97 (it reads format 1)");
    }

    @Test
    void anUnknownExperimentFormatIsAnError() throws IOException {
        Path folder = experiment(SPEC.replace("\"format\":1", "\"format\":7"), "");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessage(
                        folder.resolve("experiment.json") + ": unknown format version 7 (this build reads format 1)");
    }

    @Test
    void aMissingExperimentFileIsAnError() throws IOException {
        Path folder = experiment(null, line(0, "") + "\n");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessageStartingWith(folder.resolve("experiment.json") + ": missing");
    }

    @Test
    void invalidJsonInTheExperimentFileNamesTheLine() throws IOException {
        Path folder = experiment("{\"format\":1,\n\"table\": }\n", "");

        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessageStartingWith(folder.resolve("experiment.json") + ":2: invalid JSON");
    }

    @Test
    void anExperimentWithoutTrialsHasNone() throws IOException {
        experiment(SPEC, null);

        assertThat(new ResultsLoader().load(dir).experiments().get(0).trials()).isEmpty();
    }

    @Test
    void anEmptyOrMissingFolderIsAnError() {
        assertThatThrownBy(() -> new ResultsLoader().load(dir))
                .isInstanceOf(ResultsException.class)
                .hasMessage(dir + ": no experiments (no <experiment>/experiment.json)");
        assertThatThrownBy(() -> new ResultsLoader().load(dir.resolve("nope")))
                .isInstanceOf(ResultsException.class)
                .hasMessage(dir.resolve("nope") + ": no such results folder");
    }

    @Test
    void trialTableHasOneRowPerTrialAndAColumnPerMetric() throws IOException {
        experiment(SPEC, line(0, "") + "\n" + line(1, "") + "\n");
        List<TrialResult> trials =
                new ResultsLoader().load(dir).experiments().get(0).trials();

        var table = TrialTable.of("t", trials);

        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.columnNames()).contains("row", "status", "sequencesToSuccess", "wrong", "mse");
        assertThat(table.doubleColumn("mse").sum()).isEqualTo(0.002);
    }
}
