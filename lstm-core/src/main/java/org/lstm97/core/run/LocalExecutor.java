package org.lstm97.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs trials on a fixed pool of threads in this JVM. A row whose trials can run in SIMD lanes is one task
 * (its trials share the lanes of one thread, a finished lane taking the row's next trial); every other trial
 * is a task of its own. Results reach the sink on the calling thread as each trial ends.
 */
public final class LocalExecutor implements TrialExecutor {
    private final int threads;
    private final Supplier<TrialRunner> runners;
    private final Engine engine;
    private final Consumer<String> notes;

    /** An executor with the lane engine where it applies and no notes. */
    public LocalExecutor(int threads, Supplier<TrialRunner> runners) {
        this(threads, runners, Engine.LANES, note -> {});
    }

    /**
     * @param threads number of worker threads (each learner, and each lane group, is single-threaded)
     * @param runners gives the runner that executes a trial
     * @param engine  the engine to use where it applies
     * @param notes   hears, before the trials run, which rows run in lanes and why the others do not
     */
    public LocalExecutor(int threads, Supplier<TrialRunner> runners, Engine engine, Consumer<String> notes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.runners = runners;
        this.engine = engine;
        this.notes = notes;
    }

    @Override
    public void execute(List<TrialSpec> trials, Consumer<TrialResult> sink) throws InterruptedException {
        if (trials.isEmpty()) {
            return;
        }
        GroupRunner groups = new GroupRunner(runners.get(), engine);
        BlockingQueue<Object> done = new LinkedBlockingQueue<>();
        List<Runnable> work = new ArrayList<>();
        for (GroupRunner.Unit unit : groups.units(trials, Integer.MAX_VALUE, notes)) {
            work.add(guarded(done, () -> groups.run(unit.plan(), unit.trials(), done::add)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), r -> {
            Thread t = new Thread(r, "lstm97-trial");
            t.setDaemon(true);
            return t;
        });
        try {
            work.forEach(pool::execute);
            for (int i = 0; i < trials.size(); i++) {
                Object next = done.take();
                if (next instanceof Throwable crash) {
                    throw new IllegalStateException("a trial crashed the executor", crash);
                }
                sink.accept((TrialResult) next);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** A task whose crash reaches the calling thread instead of vanishing in the pool. */
    private static Runnable guarded(BlockingQueue<Object> done, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                done.add(e);
            }
        };
    }
}
