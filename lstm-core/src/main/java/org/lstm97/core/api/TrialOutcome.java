package org.lstm97.core.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a learner returns for one trial.
 *
 * @param status      how the trial ended
 * @param presented   training sequences presented in total
 * @param sequencesToSuccess the stop rule's "success after" count, or null unless solved
 * @param steps       time steps processed in training
 * @param milestones  sequences presented when named intermediate criteria first held (e.g. "ST1")
 * @param network     the trained network for the final evaluation; null if the trial diverged
 * @param message     a human-readable note (e.g. where a divergence happened), or null
 */
public record TrialOutcome(
        Status status,
        long presented,
        Long sequencesToSuccess,
        long steps,
        Map<String, Long> milestones,
        Network network,
        String message) {

    public TrialOutcome {
        Objects.requireNonNull(status, "status");
        milestones = Map.copyOf(milestones);
    }

    /** How a trial ended. */
    public enum Status {
        /** The stop rule held: success after {@code presented} sequences. */
        SOLVED,
        /** The budget was spent without success. */
        UNSOLVED,
        /** A weight or activation became NaN or infinite after {@code presented} sequences. */
        DIVERGED,
        /** The trial threw; its message is recorded. */
        FAILED
    }
}
