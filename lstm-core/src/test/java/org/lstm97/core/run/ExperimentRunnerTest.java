package org.lstm97.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.testkit.ToyExperiments;

class ExperimentRunnerTest {
    @TempDir
    Path results;

    private ExperimentRunner.Summary run(int threads) throws InterruptedException {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML, "paper");
        try (LocalExecutor executor = new LocalExecutor(threads, () -> new TrialRunner(ToyExperiments.registry()))) {
            return new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE).run(List.of(spec));
        }
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(results.resolve("toy").resolve(ResultStore.TRIALS));
    }

    private static List<TrialResult> comparable(List<String> lines) {
        return lines.stream()
                .map(ResultJson::parse)
                .map(TrialResult::withoutRunFacts)
                .sorted(Comparator.comparing(TrialResult::key))
                .toList();
    }

    @Test
    void runsEveryTrialAndRecordsTheResolvedExperiment() throws Exception {
        ExperimentRunner.Summary summary = run(2);
        assertThat(summary.ran()).isEqualTo(9);
        assertThat(lines()).hasSize(9);
        List<TrialResult> stored = comparable(lines());
        assertThat(stored).allMatch(TrialResult::solved);
        assertThat(stored).extracting(TrialResult::sequencesToSuccess).doesNotContainNull();
        assertThat(stored.stream()
                        .map(TrialResult::sequencesToSuccess)
                        .distinct()
                        .count())
                .as("seeds differ per trial")
                .isGreaterThan(1);
        assertThat(Files.readString(results.resolve("toy/experiment.json")))
                .contains("\"configHash\"")
                .contains("\"successAfter\" : 100");
    }

    @Test
    void trialsRunRoundRobinOverRowsSoAnEarlyStopCoversEveryRow() throws Exception {
        run(1);
        assertThat(lines().stream().map(ResultJson::parse).map(TrialResult::key).limit(4))
                .containsExactly(
                        "toy/slow/0", "toy/fast@learningRate=1.0/0", "toy/fast@learningRate=2.0/0", "toy/slow/1");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() throws Exception {
        run(1);
        List<TrialResult> one = comparable(lines());
        Files.delete(results.resolve("toy").resolve(ResultStore.TRIALS));
        run(2);
        assertThat(comparable(lines())).isEqualTo(one);
    }

    @Test
    void anInterruptedRunResumesWithoutRedoingOrDuplicatingTrials() throws Exception {
        run(2);
        List<String> all = lines();
        // Simulate a run killed after four trials, the fifth torn mid-write.
        Path file = results.resolve("toy").resolve(ResultStore.TRIALS);
        String kept = String.join("\n", all.subList(0, 4)) + "\n" + all.get(4).substring(0, 25);
        Files.writeString(file, kept, StandardCharsets.UTF_8);

        ExperimentRunner.Summary summary = run(2);

        assertThat(summary.skipped()).isEqualTo(4);
        assertThat(summary.ran()).isEqualTo(5);
        assertThat(lines().subList(0, 4)).isEqualTo(all.subList(0, 4));
        assertThat(comparable(lines())).isEqualTo(comparable(all));
        assertThat(Files.readString(results.resolve("toy").resolve(ResultStore.TORN)))
                .isEqualTo(all.get(4).substring(0, 25) + "\n");
        assertThat(run(2).ran()).isZero();
    }

    @Test
    void aChangedConfigurationIsRefusedWithWhatChangedAndNothingWritten() throws Exception {
        run(1);
        List<String> before = lines();
        String plan = Files.readString(results.resolve("toy").resolve("experiment.json"));
        ExperimentSpec changed =
                ToyExperiments.load(ToyExperiments.YAML.replace("learningRate: 0.1", "learningRate: 0.2"), "paper");
        try (LocalExecutor executor = new LocalExecutor(1, () -> new TrialRunner(ToyExperiments.registry()))) {
            ExperimentRunner runner = new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE);
            assertThatThrownBy(() -> runner.run(List.of(changed), false, row -> true, false))
                    .isInstanceOf(ResultsException.class)
                    .hasMessage(results.resolve("toy") + ": 3 stored trials of 1 rows were made with another "
                            + "configuration (slow: learner.learningRate 0.1 → 0.2); run with --rerun-changed to "
                            + "run them again (their lines are kept, marked superseded), or use another --results "
                            + "folder");
        }
        assertThat(lines()).isEqualTo(before);
        assertThat(Files.readString(results.resolve("toy").resolve("experiment.json")))
                .isEqualTo(plan);
    }

    @Test
    void aChangedConfigurationRerunsItsTrialsWhenAskedAndMarksTheOldLinesSuperseded() throws Exception {
        run(1);
        List<String> before = lines();
        ExperimentSpec changed =
                ToyExperiments.load(ToyExperiments.YAML.replace("learningRate: 0.1", "learningRate: 0.2"), "paper");
        ExperimentRunner.Summary summary;
        try (LocalExecutor executor = new LocalExecutor(1, () -> new TrialRunner(ToyExperiments.registry()))) {
            summary = new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE)
                    .run(List.of(changed), false, row -> true, true);
        }
        assertThat(summary.ran()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(6);
        List<String> after = lines();
        assertThat(after).hasSize(12);
        assertThat(after.stream().filter(ResultJson::isSuperseded))
                .hasSize(3)
                .allMatch(l -> l.contains("\"row\":\"slow\""));
        assertThat(after.stream().filter(l -> !ResultJson.isSuperseded(l)).filter(before::contains))
                .hasSize(6);
        try (ResultStore store = ResultStore.open(results.resolve("toy"))) {
            assertThat(store.results()).hasSize(9);
            assertThat(store.superseded()).isEqualTo(3);
        }
    }

    @Test
    void aDivergingTrialIsRecordedAsDivergedAndTheGridGoesOn() throws Exception {
        ExperimentSpec spec = ToyExperiments.load(
                ToyExperiments.YAML.replace("learningRate: 0.1", "learningRate: 0.1\n      initRange: 1.0e308"),
                "paper");
        ExperimentRunner.Summary summary;
        try (LocalExecutor executor = new LocalExecutor(2, () -> new TrialRunner(ToyExperiments.registry()))) {
            summary = new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE).run(List.of(spec));
        }
        assertThat(summary.ran()).isEqualTo(9);
        assertThat(summary.diverged()).isEqualTo(3);
        List<TrialResult> stored = comparable(lines());
        assertThat(stored).filteredOn(r -> r.row().equals("slow")).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(TrialResult.DIVERGED);
            assertThat(r.message()).startsWith("NaN or infinity after ");
            assertThat(r.presented()).isPositive();
        });
        assertThat(stored).filteredOn(r -> !r.row().equals("slow")).allMatch(TrialResult::solved);
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefused() {
        try (ResultStore held = ResultStore.open(results.resolve("toy"))) {
            assertThat(held.results()).isEmpty();
            assertThatThrownBy(() -> run(1))
                    .isInstanceOf(ResultsException.class)
                    .hasMessageContaining("the results folder is in use by another run (pid "
                            + ProcessHandle.current().pid());
        }
    }

    @Test
    void aCorruptLineInTheMiddleIsAnErrorNamingItsLine() throws Exception {
        run(1);
        Path file = results.resolve("toy").resolve(ResultStore.TRIALS);
        List<String> all = lines();
        all.set(2, "{not json");
        Files.write(file, all);
        assertThatThrownBy(() -> run(1))
                .isInstanceOf(ResultsException.class)
                .hasMessageStartingWith(file + ":3: not JSON");
    }

    @Test
    void aCleanRunRemovesItsLockAndALockFileSaysWhatItIs() throws Exception {
        run(1);
        assertThat(results.resolve("toy").resolve(ResultStore.LOCK)).doesNotExist();
        try (ResultStore held = ResultStore.open(results.resolve("toy"))) {
            assertThat(Files.readString(results.resolve("toy").resolve(ResultStore.LOCK)))
                    .startsWith(
                            "lstm97 run lock: pid " + ProcessHandle.current().pid() + " (")
                    .contains("the run deletes it when it ends");
        }
        assertThat(results.resolve("toy").resolve(ResultStore.LOCK)).doesNotExist();
    }

    @Test
    void aRunThatCannotStartLeavesTheOtherFoldersAsTheyWere() throws Exception {
        ExperimentSpec toy = ToyExperiments.load(ToyExperiments.YAML, "paper");
        ExperimentSpec other =
                ToyExperiments.load(ToyExperiments.YAML.replace("experiment: toy", "experiment: other"), "paper");
        Files.createDirectories(results.resolve("other"));
        Files.writeString(results.resolve("other").resolve(ResultStore.TRIALS), "{not json\n");
        try (LocalExecutor executor = new LocalExecutor(1, () -> new TrialRunner(ToyExperiments.registry()))) {
            ExperimentRunner runner = new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE);
            assertThatThrownBy(() -> runner.run(List.of(toy, other)))
                    .isInstanceOf(ResultsException.class)
                    .hasMessageStartingWith(results.resolve("other").resolve(ResultStore.TRIALS) + ":1: not JSON");
        }
        assertThat(results.resolve("toy")).doesNotExist();
        try (var files = Files.list(results.resolve("other"))) {
            assertThat(files).containsExactly(results.resolve("other").resolve(ResultStore.TRIALS));
        }
    }

    @Test
    void aFolderOfAnotherProfileIsRefused() throws Exception {
        run(1);
        ExperimentSpec quick = ToyExperiments.load(ToyExperiments.YAML, "quick");
        try (LocalExecutor executor = new LocalExecutor(1, () -> new TrialRunner(ToyExperiments.registry()))) {
            assertThatThrownBy(() ->
                            new ExperimentRunner(executor, results, ExperimentRunner.Listener.NONE).run(List.of(quick)))
                    .isInstanceOf(ResultsException.class)
                    .hasMessage(results.resolve("toy") + ": holds results of profile 'paper'; a run of profile "
                            + "'quick' would supersede them (give another --results folder)");
        }
    }

    @Test
    void stopKeepsEveryLineWholeAndDropsLaterResults() throws Exception {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML, "paper");
        int[] stored = new int[1];
        ExperimentRunner[] runner = new ExperimentRunner[1];
        ExperimentRunner.Listener stopAfterTwo = new ExperimentRunner.Listener() {
            private int finished;

            @Override
            public void finished(TrialResult result) {
                if (++finished == 2) {
                    stored[0] = runner[0].stop();
                }
            }
        };
        ExperimentRunner.Summary summary;
        try (LocalExecutor executor = new LocalExecutor(1, () -> new TrialRunner(ToyExperiments.registry()))) {
            runner[0] = new ExperimentRunner(executor, results, stopAfterTwo);
            summary = runner[0].run(List.of(spec));
        }
        assertThat(stored[0]).isEqualTo(2);
        assertThat(summary.ran()).isEqualTo(2);
        assertThat(lines())
                .hasSize(2)
                .allSatisfy(l -> assertThat(ResultJson.parse(l)).isNotNull());
        assertThat(results.resolve("toy").resolve(ResultStore.LOCK)).doesNotExist();
        assertThat(run(1).skipped()).isEqualTo(2);
    }
}
