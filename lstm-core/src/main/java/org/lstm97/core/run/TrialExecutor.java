package org.lstm97.core.run;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs trials somewhere (a local thread pool, a Spark cluster) and hands each finished result to a sink on
 * the calling side. Results must not depend on the executor: every trial's randomness comes from its spec.
 */
public interface TrialExecutor extends AutoCloseable {

    /**
     * Runs {@code trials}; calls {@code sink} once per trial, from one thread at a time, as each finishes.
     */
    void execute(List<TrialSpec> trials, Consumer<TrialResult> sink) throws InterruptedException;

    @Override
    default void close() {}
}
