package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --executor}: local by default; spark only when lstm-spark is on the class path (it is not here). */
class ExecutorOptionTest {
    @TempDir
    Path dir;

    private String[] run(String... extra) throws IOException {
        Path file = dir.resolve("toy.yaml");
        try (var in = ExecutorOptionTest.class.getResourceAsStream("/toy.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        String[] base = {
            "run", file.toString(), "--results", dir.resolve("results").toString()
        };
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return args;
    }

    private static int cli(String[] args, StringWriter err) {
        return Lstm97.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void sparkWithoutTheModuleSaysHowToGetItAndWritesNothing() throws IOException {
        StringWriter err = new StringWriter();
        assertThat(cli(run("--executor", "spark"), err)).isEqualTo(Lstm97.BAD_INPUT);
        assertThat(err.toString().strip())
                .startsWith("lstm97: the Spark executor is not on the class path; build lstm-spark")
                .contains("java -jar lstm-spark/target/lstm97-spark.jar run")
                .doesNotContain("\n");
        assertThat(dir.resolve("results")).doesNotExist();
    }

    @Test
    void anUnknownExecutorIsBadInput() throws IOException {
        StringWriter err = new StringWriter();
        assertThat(cli(run("--executor", "cluster"), err)).isEqualTo(Lstm97.BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo("lstm97: --executor: unknown executor 'cluster'; known: local, spark");
    }

    @Test
    void aMasterWithTheLocalExecutorIsBadInput() throws IOException {
        StringWriter err = new StringWriter();
        assertThat(cli(run("--master", "local[2]"), err)).isEqualTo(Lstm97.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("lstm97: --master needs --executor spark");
    }

    @Test
    void theLocalExecutorIsTheDefaultAndCanBeNamed() throws IOException {
        StringWriter err = new StringWriter();
        assertThat(cli(run("--executor", "local", "--threads", "1"), err))
                .as(err.toString())
                .isZero();
        assertThat(dir.resolve("results/toy/trials.jsonl")).exists();
    }
}
