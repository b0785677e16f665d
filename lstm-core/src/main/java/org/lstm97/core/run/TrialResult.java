package org.lstm97.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One finished trial: a line of {@code results/<profile>/<experiment>/trials.jsonl}.
 *
 * @param format             the result-line format version ({@link #FORMAT})
 * @param key                {@code experiment/row/trial}, unique within a results folder
 * @param experiment         the experiment name
 * @param table              the paper table the experiment reproduces (e.g. "7", "2b")
 * @param row                the row (variant, with grid values) within the experiment
 * @param trial              the trial index within the row, from 0
 * @param seed               the trial's seed, derived from (base seed, experiment, row, trial)
 * @param configHash         SHA-256 of the row's fully resolved configuration
 * @param profile            the profile that produced the line ("paper", "quick", ...)
 * @param status             solved, unsolved, diverged or failed
 * @param presented          training sequences presented in total
 * @param sequencesToSuccess sequences presented until the stop rule held, or null
 * @param budget             the budget of the trial (max sequences)
 * @param steps              time steps processed in training
 * @param weights            trainable weights of the network, or null if unknown
 * @param milestones         sequences presented when intermediate criteria held (e.g. "ST1")
 * @param metrics            final test-set measures by metric name
 * @param message            why a trial diverged or failed, or null
 * @param wallMillis         wall-clock time of the trial
 * @param commit             git commit of the code, or null when unknown
 * @param java               Java version that ran the trial
 */
@JsonPropertyOrder({
    "format",
    "key",
    "experiment",
    "table",
    "row",
    "trial",
    "seed",
    "configHash",
    "profile",
    "status",
    "presented",
    "sequencesToSuccess",
    "budget",
    "steps",
    "weights",
    "milestones",
    "metrics",
    "message",
    "wallMillis",
    "commit",
    "java"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialResult(
        int format,
        String key,
        String experiment,
        String table,
        String row,
        int trial,
        long seed,
        String configHash,
        String profile,
        String status,
        long presented,
        Long sequencesToSuccess,
        long budget,
        long steps,
        Integer weights,
        Map<String, Long> milestones,
        Map<String, Double> metrics,
        String message,
        long wallMillis,
        String commit,
        String java) {

    /** The current result-line format; lines of another format are refused with a clear message. */
    public static final int FORMAT = 1;

    public static final String SOLVED = "solved";
    public static final String UNSOLVED = "unsolved";
    public static final String DIVERGED = "diverged";
    public static final String FAILED = "failed";

    public TrialResult {
        Objects.requireNonNull(key, "key");
        milestones = milestones == null ? Map.of() : new TreeMap<>(milestones);
        metrics = metrics == null ? Map.of() : new TreeMap<>(metrics);
    }

    public boolean solved() {
        return SOLVED.equals(status);
    }

    /** The same result with wall time, commit and Java version blanked: what must be identical across runs. */
    public TrialResult withoutRunFacts() {
        return new TrialResult(
                format,
                key,
                experiment,
                table,
                row,
                trial,
                seed,
                configHash,
                profile,
                status,
                presented,
                sequencesToSuccess,
                budget,
                steps,
                weights,
                milestones,
                metrics,
                message,
                0L,
                null,
                null);
    }
}
