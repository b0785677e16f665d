package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lstm97.core.run.TrialResult;

/** Progress on a stderr that is not a terminal: a line per finished trial, and one per 30 s without any. */
class ProgressTest {
    private long now;

    private static TrialResult result(String row, String status) {
        return new TrialResult(
                TrialResult.FORMAT,
                "exp/" + row + "/0",
                "exp",
                "7",
                row,
                0,
                1L,
                "h",
                "paper",
                status,
                10L,
                TrialResult.SOLVED.equals(status) ? 10L : null,
                100L,
                10L,
                null,
                null,
                null,
                null,
                1L,
                null,
                null);
    }

    @Test
    void aLinePerFinishedTrialWithDoneTotalElapsedAndTimeLeft() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, false, () -> now);
        progress.started(4, 2);
        now += TimeUnit.SECONDS.toNanos(30);
        progress.finished(result("lstm@T=100", "solved"));
        now += TimeUnit.SECONDS.toNanos(90);
        progress.finished(result("lstm@T=500", "unsolved"));
        progress.close();

        assertThat(text.toString()).isEqualTo("""
                lstm97: 2 trials already stored; running the other 4
                lstm97: [1/4] exp lstm@T=100 solved; 30s elapsed, about 1m30s left
                lstm97: [2/4] exp lstm@T=500 unsolved; 2m00s elapsed, about 2m00s left
                """);
    }

    @Test
    void aHeartbeatEvery30SecondsWhileNoTrialFinishes() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, false, () -> now);
        progress.started(2, 0);
        now += TimeUnit.SECONDS.toNanos(10);
        progress.heartbeat(); // too soon: nothing
        now += TimeUnit.SECONDS.toNanos(20);
        progress.heartbeat();
        now += TimeUnit.MINUTES.toNanos(59) + TimeUnit.SECONDS.toNanos(30);
        progress.finished(result("r", "solved"));
        progress.close();

        assertThat(text.toString()).isEqualTo("""
                lstm97: [0/2] running, no trial finished in the last 30 s; 30s elapsed, time left unknown
                lstm97: [1/2] exp r solved; 1h00m elapsed, about 1h00m left
                """);
    }

    @Test
    void quietPrintsNothingButTheStoredCount() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, false, () -> now);
        progress.started(3, 1);
        progress.finished(result("r", "solved"));
        progress.heartbeat();
        progress.close();
        assertThat(text.toString()).isEqualTo("lstm97: 1 trials already stored; running the other 3\n");
    }
}
