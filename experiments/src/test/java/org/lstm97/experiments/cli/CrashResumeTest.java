package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.ResultStore;
import org.lstm97.core.run.TrialResult;

/**
 * Runs a real grid in a child JVM, kills it with SIGKILL at moments drawn from a fixed seed, resumes each
 * time, and checks that the final result lines equal an uninterrupted run's (all fields but wall time, commit
 * and Java version), with no trial missing and none duplicated.
 */
class CrashResumeTest {
    private static final int KILLS = 5;
    private static final int TRIALS = 24;

    @TempDir
    Path dir;

    @Test
    void killedRunsResumeToExactlyTheUninterruptedResult() throws Exception {
        Path file = dir.resolve("crash.yaml");
        try (InputStream in = CrashResumeTest.class.getResourceAsStream("/crash.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        Path killed = dir.resolve("killed");
        Path trials = killed.resolve("crash").resolve(ResultStore.TRIALS);
        Random moments = new Random(1997);
        int kills = 0;
        for (int cycle = 0; cycle < KILLS; cycle++) {
            int stored = lineCount(trials);
            if (stored >= TRIALS - 2) {
                break;
            }
            int killAfter = stored + 1 + moments.nextInt(Math.max(1, (TRIALS - stored) / 3));
            long extraMicros = moments.nextInt(30_000);
            Process child = start(file, killed);
            awaitLines(trials, killAfter, child);
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(extraMicros));
            child.destroyForcibly().waitFor();
            kills++;
        }
        Process last = start(file, killed);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        CliTest.Result reference = CliTest.cli(
                "run", file.toString(), "--results", dir.resolve("ref").toString(), "--threads", "2", "--quiet");
        assertThat(reference.code()).as(reference.err()).isZero();

        List<TrialResult> resumed = comparable(trials);
        assertThat(kills).isGreaterThanOrEqualTo(3);
        assertThat(resumed).hasSize(TRIALS);
        assertThat(resumed.stream().map(TrialResult::key).distinct()).hasSize(TRIALS);
        assertThat(resumed)
                .isEqualTo(comparable(dir.resolve("ref").resolve("crash").resolve(ResultStore.TRIALS)));
    }

    private static Process start(Path file, Path results) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Lstm97.class.getName(),
                        "run",
                        file.toString(),
                        "--results",
                        results.toString(),
                        "--threads",
                        "2",
                        "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Waits (bounded) until the results file holds {@code n} complete lines or the child ends. */
    private static void awaitLines(Path trials, int n, Process child) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lineCount(trials) < n && child.isAlive()) {
            assertThat(System.nanoTime()).as("child made no progress").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
    }

    private static int lineCount(Path trials) throws IOException {
        if (!Files.exists(trials)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(trials);
        int lines = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static List<TrialResult> comparable(Path trials) throws IOException {
        List<TrialResult> out = new ArrayList<>();
        for (String line : Files.readAllLines(trials)) {
            out.add(ResultJson.parse(line).withoutRunFacts());
        }
        out.sort(Comparator.comparing(TrialResult::key));
        return out;
    }
}
