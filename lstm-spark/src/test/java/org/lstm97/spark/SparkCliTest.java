package org.lstm97.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.testkit.ToyExperiments;
import org.lstm97.experiments.cli.Lstm97;

/** {@code lstm97 run --executor spark} end to end: the CLI starts and stops its own local Spark context. */
class SparkCliTest {
    @TempDir
    Path dir;

    private static String cli(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Lstm97.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isEqualTo(expectedCode);
        return out.toString();
    }

    private static List<String> stored(Path results) throws IOException {
        return Files.readAllLines(results.resolve("toy").resolve("trials.jsonl")).stream()
                .map(ResultJson::parse)
                .sorted(java.util.Comparator.comparing(TrialResult::key))
                .map(r -> ResultJson.line(r.withoutRunFacts()))
                .toList();
    }

    @Test
    void runWithTheSparkExecutorStoresWhatTheLocalExecutorStores() throws IOException {
        Path file = dir.resolve("toy.yaml");
        Files.writeString(file, ToyExperiments.YAML);
        Path spark = dir.resolve("spark");
        Path local = dir.resolve("local");

        String out = cli(
                0,
                "run",
                file.toString(),
                "--profile",
                "quick",
                "--results",
                spark.toString(),
                "--executor",
                "spark",
                "--master",
                "local[2]");
        cli(0, "run", file.toString(), "--profile", "quick", "--results", local.toString(), "--threads", "2");

        assertThat(out).contains("ran 6 trials");
        assertThat(stored(spark)).hasSize(6).isEqualTo(stored(local));
        String again = cli(
                0,
                "run",
                file.toString(),
                "--profile",
                "quick",
                "--results",
                spark.toString(),
                "--executor",
                "spark",
                "--threads",
                "2");
        assertThat(again).contains("ran 0 trials").contains("6 already stored");
    }
}
