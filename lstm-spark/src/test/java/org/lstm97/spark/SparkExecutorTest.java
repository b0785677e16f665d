package org.lstm97.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.LocalExecutor;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.TrialExecutor;
import org.lstm97.core.run.TrialExecutorProvider;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;
import org.lstm97.core.testkit.ToyExperiments;
import org.lstm97.core.testkit.ToyPlugin;

/** The Spark executor on {@code local[2]}, one context for the whole class. */
class SparkExecutorTest {
    private static final String FAILING_YAML = """
            experiment: failing
            table: "0"
            seed: 7
            trials: 3
            budget: 2000
            task:
              type: failing-sign
              failOnTrial: 1
            stop:
              type: toy-streak
              k: 10
            variants:
              - name: exception
                learner:
                  type: toy-unit
                  learningRate: 1.0
              - name: error
                task:
                  error: true
                learner:
                  type: toy-unit
                  learningRate: 1.0
            """;

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(SparkSettings.conf("local[2]", 2));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static List<TrialSpec> toyTrials() {
        return ExperimentRunner.trials(ToyExperiments.load(ToyExperiments.YAML, "paper"));
    }

    private static List<TrialResult> onSpark(List<TrialSpec> trials) throws InterruptedException {
        List<TrialResult> results = new ArrayList<>();
        new SparkExecutor(spark).execute(trials, results::add);
        return results;
    }

    private static List<TrialResult> locally(List<TrialSpec> trials) throws InterruptedException {
        List<TrialResult> results = new ArrayList<>();
        try (TrialExecutor local = new LocalExecutor(
                2, () -> new TrialRunner(Plugins.registry(List.of(new ToyPlugin(), new FailingPlugin()))))) {
            local.execute(trials, results::add);
        }
        return results;
    }

    /** What must not depend on the executor: lines without wall time, commit and Java, sorted by key. */
    private static List<String> lines(List<TrialResult> results) {
        return results.stream()
                .sorted(Comparator.comparing(TrialResult::key))
                .map(r -> ResultJson.line(r.withoutRunFacts()))
                .toList();
    }

    private static TrialResult byKey(List<TrialResult> results, String key) {
        return results.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aToyGridGivesExactlyTheLocalExecutorsResults() throws InterruptedException {
        List<TrialSpec> trials = toyTrials();
        List<TrialResult> spark = onSpark(trials);
        assertThat(spark).hasSize(9);
        assertThat(spark).extracting(TrialResult::status).containsOnly(TrialResult.SOLVED);
        assertThat(lines(spark)).isEqualTo(lines(locally(trials)));
    }

    @Test
    void resultsGoIntoTheResultStoreAndARerunResumes(@TempDir Path dir) throws Exception {
        ExperimentSpec toy = ToyExperiments.load(ToyExperiments.YAML, "quick");
        ExperimentRunner.Summary first =
                new ExperimentRunner(new SparkExecutor(spark), dir, ExperimentRunner.Listener.NONE).run(List.of(toy));
        assertThat(first.ran()).isEqualTo(6);
        assertThat(Files.readAllLines(dir.resolve("toy").resolve("trials.jsonl")))
                .hasSize(6);
        ExperimentRunner.Summary again =
                new ExperimentRunner(new SparkExecutor(spark), dir, ExperimentRunner.Listener.NONE).run(List.of(toy));
        assertThat(again.ran()).isZero();
        assertThat(again.skipped()).isEqualTo(6);
    }

    @Test
    void aTrialThatThrowsIsRecordedAsFailedAndTheOthersComplete() throws InterruptedException {
        ExperimentSpec failing = new ExperimentLoader(Plugins.registry(List.of(new ToyPlugin(), new FailingPlugin())))
                .parse(YamlReader.parse(FAILING_YAML, "failing.yaml"), "failing.yaml", "paper");
        List<TrialSpec> trials = ExperimentRunner.trials(failing);
        List<TrialResult> results = onSpark(trials);

        assertThat(results).hasSize(6);
        assertThat(byKey(results, "failing/exception/1").status()).isEqualTo(TrialResult.FAILED);
        assertThat(byKey(results, "failing/exception/1").message())
                .isEqualTo("IllegalStateException: trial 1 fails on purpose");
        // an Error escapes TrialRunner; the task still records it instead of failing the job
        assertThat(byKey(results, "failing/error/1").status()).isEqualTo(TrialResult.FAILED);
        assertThat(byKey(results, "failing/error/1").message()).isEqualTo("AssertionError: trial 1 breaks on purpose");
        assertThat(results)
                .filteredOn(r -> r.trial() != 1)
                .extracting(TrialResult::status)
                .hasSize(4)
                .containsOnly(TrialResult.SOLVED);

        List<TrialSpec> exceptionRow =
                trials.stream().filter(t -> t.row().row().equals("exception")).toList();
        assertThat(lines(results.stream()
                        .filter(r -> r.row().equals("exception"))
                        .toList()))
                .isEqualTo(lines(locally(exceptionRow)));
    }

    @Test
    void aTrialThatCannotBeSentFailsAloneOnTheDriver() throws InterruptedException {
        List<TrialSpec> trials = new ArrayList<>(toyTrials());
        TrialSpec good = trials.get(4);
        RowSpec r = good.row();
        RowSpec unsendable = new RowSpec(
                r.experiment(),
                r.table(),
                r.row(),
                r.variant(),
                r.trials(),
                r.budget(),
                r.seed(),
                r.task(),
                r.learner(),
                r.stop(),
                r.evaluation(),
                Map.of("note", new Object()),
                r.configHash());
        trials.set(4, new TrialSpec(unsendable, good.trial(), good.profile()));

        List<TrialResult> results = onSpark(trials);

        assertThat(results).hasSize(9);
        TrialResult failed = byKey(results, good.key());
        assertThat(failed.status()).isEqualTo(TrialResult.FAILED);
        assertThat(failed.message())
                .startsWith("cannot send the trial to Spark: ")
                .contains("NotSerializableException");
        assertThat(failed.seed()).isEqualTo(good.seed());
        assertThat(results)
                .filteredOn(x -> !x.key().equals(good.key()))
                .extracting(TrialResult::status)
                .hasSize(8)
                .containsOnly(TrialResult.SOLVED);
    }

    @Test
    void aSpecTheWorkerCannotReadBecomesAFailedResult() {
        TrialSpec spec = toyTrials().get(0);
        TrialReply reply = TrialTask.run(new byte[] {1, 2, 3});
        assertThat(reply.line()).isNull();
        TrialResult result = SparkExecutor.result(spec, reply);
        assertThat(result.status()).isEqualTo(TrialResult.FAILED);
        assertThat(result.key()).isEqualTo(spec.key());
        assertThat(result.message()).startsWith("UncheckedIOException: ");
    }

    @Test
    void aReplyForAnotherTrialIsNotTakenForThisOne() {
        List<TrialSpec> trials = toyTrials();
        TrialReply reply = TrialTask.run(SpecBytes.write(trials.get(1)));
        TrialResult result = SparkExecutor.result(trials.get(0), reply);
        assertThat(result.status()).isEqualTo(TrialResult.FAILED);
        assertThat(result.message())
                .isEqualTo("the worker answered for " + trials.get(1).key());
    }

    /** An lstm1997 row (the adding problem at T = 20): on Spark its trials run in lanes on the worker. */
    private static final String LANE_YAML = """
            experiment: lanes
            table: "7"
            seed: 7
            trials: 3
            budget: 300
            task: {type: adding, T: 20}
            stop: {type: st3, window: 50, beta: 0.01, error: mean-abs}
            evaluation: {testSize: 20, metrics: [wrong, mse]}
            variants:
              - name: lstm
                learner: {type: lstm1997, blocks: 2, blockSize: 2, learningRate: 0.5, bias: all}
            """;

    @Test
    void laneRowsGiveTheSameResultsOnSparkAsLocallyOnTheScalarEngine() throws InterruptedException {
        List<TrialSpec> trials = ExperimentRunner.trials(new ExperimentLoader(Plugins.registry())
                .parse(YamlReader.parse(LANE_YAML, "lanes.yaml"), "lanes.yaml", "paper"));
        List<TrialResult> spark = onSpark(trials);
        List<TrialResult> scalar = new ArrayList<>();
        try (TrialExecutor local =
                new LocalExecutor(2, () -> new TrialRunner(Plugins.registry()), Engine.SCALAR, note -> {})) {
            local.execute(trials, scalar::add);
        }
        assertThat(lines(spark)).hasSize(3).isEqualTo(lines(scalar));
    }

    @Test
    void executorsStartWithTheVectorApi() {
        assertThat(SparkSettings.conf("local[2]", 2).get("spark.executor.extraJavaOptions"))
                .isEqualTo("--add-modules jdk.incubator.vector");
        org.apache.spark.SparkConf conf =
                new org.apache.spark.SparkConf().set("spark.executor.extraJavaOptions", "-Xss8m");
        SparkSettings.withVectorApi(conf, "spark.executor.extraJavaOptions");
        assertThat(conf.get("spark.executor.extraJavaOptions")).isEqualTo("-Xss8m --add-modules jdk.incubator.vector");
    }

    @Test
    void theCliFindsTheSparkExecutorOnTheClassPath() {
        assertThat(TrialExecutorProvider.find("spark")).get().isInstanceOf(SparkExecutorProvider.class);
    }
}
