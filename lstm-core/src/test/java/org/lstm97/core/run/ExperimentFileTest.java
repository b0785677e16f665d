package org.lstm97.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.SettingChange;
import org.lstm97.core.testkit.ToyExperiments;

/** experiment.json: one record written and read; files written by earlier runs read and write back unchanged. */
class ExperimentFileTest {
    @TempDir
    Path dir;

    private Path stored(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/stored-experiments/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Copies of results/paper files as the Map-built writer wrote them (table 1's rows carry references). */
    @ParameterizedTest
    @ValueSource(strings = {"table9-temporal-order.json", "table1-embedded-reber.json"})
    void aFileOfAnEarlierRunReadsAndWritesBackByteForByte(String name) throws IOException {
        Path file = stored(name);
        ExperimentFile read = ExperimentFile.read(file);
        assertThat(read.json()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aStoredFileReadsIntoItsRows() throws IOException {
        ExperimentFile read = ExperimentFile.read(stored("table1-embedded-reber.json"));
        assertThat(read.format()).isEqualTo(ExperimentFile.FORMAT);
        assertThat(read.profile()).isEqualTo("paper");
        assertThat(read.machine().describe()).endsWith(", 2 cores, Java 17.0.15");
        ExperimentFile.Row first = read.rows().get(0);
        assertThat(first.learner()).containsEntry("type", "lstm1997");
        assertThat(first.references()).hasSize(2);
        assertThat(first.references().get(1)).containsEntry("solved", 2).containsEntry("mean", 147900);
        assertThat(first.seedsOf()).isNull();
        assertThat(first.changedFromPaper()).isEmpty();
    }

    @Test
    void whatTheRunnerWritesReadsBackToTheSameFile() {
        ExperimentSpec toy = ToyExperiments.load(ToyExperiments.YAML, "quick");
        ExperimentSpec changed = new ExperimentSpec(
                toy.name(),
                toy.table(),
                toy.title(),
                toy.profile(),
                toy.seed(),
                toy.source(),
                toy.rows(),
                List.of("learner.learningRate=0.3"),
                Map.of("slow", List.of(new SettingChange("learner.learningRate", 0.1, 0.3))));
        Path file = dir.resolve(ExperimentFile.NAME);
        ExperimentFile written = ExperimentFile.of(changed);
        written.write(file);

        ExperimentFile read = ExperimentFile.read(file);
        assertThat(read.json()).isEqualTo(written.json());
        assertThat(read.overrides()).containsExactly("learner.learningRate=0.3");
        assertThat(read.row("slow").changedFromPaper())
                .containsEntry("learner.learningRate", new ExperimentFile.Change(0.1, 0.3));
        assertThat(read.row("slow").evaluation()).isEqualTo(new ExperimentFile.FinalTest(List.of(), 0));
        assertThat(read.rows()).extracting(ExperimentFile.Row::trials).containsOnly(2);
        assertThat(written.json()).contains("\"table\" : \"0\"").doesNotContain("seedsOf");
        assertThat(ExperimentFile.of(toy).json()).doesNotContain("overrides").doesNotContain("changedFromPaper");
    }

    @Test
    void aFileOfAnotherFormatOrWithoutRowsIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve(ExperimentFile.NAME);
        Files.writeString(file, "{\"format\": 7, \"rows\": []}");
        assertThatThrownBy(() -> ExperimentFile.read(file))
                .isInstanceOf(ResultsException.class)
                .hasMessage(file + ": unknown format version 7 (this build reads format 1)");
        Files.writeString(file, "{\"format\": 1}");
        assertThatThrownBy(() -> ExperimentFile.read(file)).hasMessage(file + ": 'rows' missing or not a list");
        Files.writeString(file, "{\"format\": 1,\n \"rows\": [ }");
        assertThatThrownBy(() -> ExperimentFile.read(file)).hasMessageStartingWith(file + ":2: invalid JSON: ");
        Files.writeString(file, "{\"format\": 1, \"rows\": [{\"row\": \"a\", \"trials\": \"many\"}]}");
        assertThatThrownBy(() -> ExperimentFile.read(file))
                .hasMessageStartingWith(file + ": not a resolved experiment: ");
    }
}
