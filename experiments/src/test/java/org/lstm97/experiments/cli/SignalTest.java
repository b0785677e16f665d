package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.ResultStore;
import org.lstm97.core.run.TrialResult;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop a run in a child JVM cleanly: one line saying how many trials are stored,
 * exit 130 or 143, every stored line whole, no lock file left; the next run resumes to the full grid.
 */
class SignalTest {
    private static final int TRIALS = 9;

    @TempDir
    Path dir;

    @Test
    void sigtermAndSigintStopCleanlyAndTheRunResumes() throws Exception {
        Path file = dir.resolve("crash.yaml");
        try (InputStream in = SignalTest.class.getResourceAsStream("/crash.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        Path results = dir.resolve("results");
        Path trials = results.resolve("crash").resolve(ResultStore.TRIALS);

        stopAndCheck(file, results, trials, false, 143);
        stopAndCheck(file, results, trials, true, 130);

        Process last = start(file, results, dir.resolve("last.log"));
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue())
                .as(Files.readString(dir.resolve("last.log")))
                .isZero();
        List<TrialResult> stored =
                Files.readAllLines(trials).stream().map(ResultJson::parse).toList();
        assertThat(stored).hasSize(TRIALS);
        assertThat(stored.stream().map(TrialResult::key).distinct()).hasSize(TRIALS);
    }

    private void stopAndCheck(Path file, Path results, Path trials, boolean interrupt, int exitCode) throws Exception {
        int before = lines(trials);
        Path log = dir.resolve(interrupt ? "sigint.log" : "sigterm.log");
        Process child = start(file, results, log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(trials) <= before && child.isAlive()) {
            assertThat(System.nanoTime()).as("child made no progress").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        assertThat(child.isAlive()).as("still running when signalled").isTrue();
        if (interrupt) {
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid()))
                    .start()
                    .waitFor();
        } else {
            child.destroy(); // SIGTERM
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(err).isEqualTo(exitCode);
        int stored = lines(trials);
        assertThat(err.strip().lines().reduce((a, b) -> b).orElse(""))
                .isEqualTo("lstm97: stopped: " + stored + " trials stored, run again to resume");
        assertThat(stored).isLessThan(TRIALS);
        assertThat(Files.readAllLines(trials))
                .allSatisfy(l -> assertThat(ResultJson.parse(l)).isNotNull());
        assertThat(Files.readString(trials, StandardCharsets.UTF_8)).endsWith("\n");
        assertThat(results.resolve("crash").resolve(ResultStore.LOCK)).doesNotExist();
    }

    private static Process start(Path file, Path results, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "--add-modules",
                        "jdk.incubator.vector",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Lstm97.class.getName(),
                        "run",
                        file.toString(),
                        "--results",
                        results.toString(),
                        "--threads",
                        "1",
                        "--set",
                        "trials=3",
                        "--set",
                        "budget=200000")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile())
                .start();
    }

    private static int lines(Path trials) throws IOException {
        if (!Files.exists(trials)) {
            return 0;
        }
        int n = 0;
        for (byte b : Files.readAllBytes(trials)) {
            n += b == '\n' ? 1 : 0;
        }
        return n;
    }
}
