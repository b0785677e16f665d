package org.lstm97.core.run;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs trials on a fixed pool of threads in this JVM; one trial per thread at a time. */
public final class LocalExecutor implements TrialExecutor {
    private final int threads;
    private final Supplier<TrialRunner> runners;

    /**
     * @param threads number of worker threads (trials run in parallel; each learner is single-threaded)
     * @param runners gives the runner that executes a trial
     */
    public LocalExecutor(int threads, Supplier<TrialRunner> runners) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.runners = runners;
    }

    @Override
    public void execute(List<TrialSpec> trials, Consumer<TrialResult> sink) throws InterruptedException {
        if (trials.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, trials.size()), r -> {
            Thread t = new Thread(r, "lstm97-trial");
            t.setDaemon(true);
            return t;
        });
        try {
            TrialRunner runner = runners.get();
            ExecutorCompletionService<TrialResult> done = new ExecutorCompletionService<>(pool);
            for (TrialSpec trial : trials) {
                done.submit(() -> runner.run(trial));
            }
            for (int i = 0; i < trials.size(); i++) {
                try {
                    sink.accept(done.take().get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a trial crashed the executor", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
