package org.lstm97.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.TrialResult;

/**
 * A run's progress on stderr. When stderr is a terminal: a progress bar with the time left. When it is not (a
 * log file, a CI job, a pipe): one line per finished trial, and a line every {@value #HEARTBEAT_SECONDS} s
 * while none finishes, each with the experiment, the row, trials done / to run, time elapsed and time left:
 * {@code lstm97: [3/10] table7-adding lstm@T=100 solved; 1m12s elapsed, about 3m36s left}.
 */
final class Progress implements ExperimentRunner.Listener {
    static final int HEARTBEAT_SECONDS = 30;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private final LongSupplier nanos;
    private ProgressBar bar;
    private ScheduledExecutorService heartbeat;
    private int toRun;
    private int done;
    private long start;
    private long lastLine;
    private String lastExperiment = "";

    Progress(PrintWriter err, boolean quiet, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = terminal;
        this.nanos = nanos;
    }

    /** Progress for a run whose stderr is {@code err}; a bar only where the process's stderr is a terminal. */
    static Progress on(PrintWriter err, boolean quiet) {
        return new Progress(err, quiet, Lstm97.stderrIsTerminal(), System::nanoTime);
    }

    /** Whether file descriptor 2 is a terminal: set by the launcher, else read from /proc, else a guess. */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("lstm97.stderr.terminal");
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console check
        }
        return System.console() != null;
    }

    @Override
    public synchronized void started(int toRun, int alreadyStored) {
        this.toRun = toRun;
        this.start = nanos.getAsLong();
        this.lastLine = start;
        if (alreadyStored > 0) {
            err.println(Lstm97.PREFIX + alreadyStored + " trials already stored; running the other " + toRun);
            err.flush();
        }
        if (quiet || toRun == 0) {
            return;
        }
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("trials")
                    .setInitialMax(toRun)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        } else {
            heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "lstm97-progress");
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleAtFixedRate(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void finished(TrialResult result) {
        done++;
        lastExperiment = result.experiment();
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(result.experiment() + " " + result.row() + " " + result.status());
        } else if (!quiet) {
            line(result.experiment() + " " + result.row() + " " + result.status());
        }
    }

    /** A line when none was printed for {@value #HEARTBEAT_SECONDS} s (a long trial). */
    synchronized void heartbeat() {
        if (bar == null
                && !quiet
                && done < toRun
                && nanos.getAsLong() - lastLine >= TimeUnit.SECONDS.toNanos(HEARTBEAT_SECONDS) - 1_000_000L) {
            line((lastExperiment.isEmpty() ? "" : lastExperiment + " ") + "running, no trial finished in the last "
                    + HEARTBEAT_SECONDS + " s");
        }
    }

    private void line(String what) {
        long now = nanos.getAsLong();
        lastLine = now;
        long elapsed = now - start;
        String left = done == 0
                ? "time left unknown"
                : "about " + duration((long) ((double) elapsed / done * (toRun - done))) + " left";
        err.println(Lstm97.PREFIX + "[" + done + "/" + toRun + "] " + what + "; " + duration(elapsed) + " elapsed, "
                + left);
        err.flush();
    }

    /** A duration as "45s", "3m12s" or "2h05m". */
    static String duration(long nanos) {
        long s = TimeUnit.NANOSECONDS.toSeconds(nanos);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + String.format("%02d", s % 60) + "s";
        }
        return s / 3600 + "h" + String.format("%02d", s % 3600 / 60) + "m";
    }

    @Override
    public void warn(String message) {
        err.println(Lstm97.PREFIX + "warning: " + message);
        err.flush();
    }

    synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
    }
}
