package org.lstm97.core.train;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;

/**
 * The bookkeeping of one trial's training, whoever runs the network: it counts sequences and steps against the
 * budget, checks divergence, consults the stop rule and builds the outcome. Every learner's loop runs on one:
 * {@link OnlineLoop} drives one network with it, the lane engine one session per lane, and the learners that
 * sweep a fixed set (cascade-correlation, weight guessing) present each sequence of the set to it.
 *
 * <p>Online use: while {@link #running()}, run {@link #next()} through the network and hand its outputs to
 * {@link #finish}. Fixed-set use: hand each sequence run to {@link #present}, {@link #consult} the stop rule
 * when the learner's schedule says so, and count sweeps the stop rule does not see with {@link #pass}. Then
 * take {@link #outcome}.
 */
public final class TrainingSession {
    private final SequenceTask task;
    private final StopRule stopRule;
    private final Probe probe;
    private final RandomGenerator random;
    private final long budget;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long presented;
    private long steps;
    private TrialOutcome.Status status;
    private Long sequencesToSuccess;
    private String message;

    /** A session for the trial of {@code context}, whose stop rule measures the network through {@code probe}. */
    public TrainingSession(TrainingContext context, Probe probe) {
        this.task = context.task();
        this.stopRule = context.stopRule();
        this.probe = probe;
        this.random = context.random("train");
        this.budget = context.budget();
    }

    /** Whether another training sequence is due: no verdict yet and budget left. */
    public boolean running() {
        return status == null && presented < budget;
    }

    /** Whether the trial has its verdict: the stop rule held or the network diverged. */
    public boolean decided() {
        return status != null;
    }

    /** The verdict so far: solved, diverged, or unsolved while neither happened. */
    public TrialOutcome.Status status() {
        return status != null ? status : TrialOutcome.Status.UNSOLVED;
    }

    /** The next training sequence, drawn from the task (counted as presented). */
    public Sequence next() {
        presented++;
        return task.next(random);
    }

    /**
     * Records the sequence {@link #next()} gave, just run: its length, its outcome (from {@code outputs}, one
     * row of outputs per step, taken before the sequence's weight update) and whether the network diverged;
     * asks the stop rule.
     *
     * @return {@link #running()} afterwards
     */
    public boolean finish(Sequence sequence, double[] outputs, boolean diverged) {
        steps += sequence.length();
        consult(judge(sequence, outputs, diverged));
        return running();
    }

    /**
     * Counts one sequence of the learner's own (e.g. of a fixed training set), just run with {@code outputs}, as
     * presented, and checks its outcome for divergence; the stop rule is not asked (see {@link #consult}).
     *
     * @return the sequence's outcome
     */
    public SequenceOutcome present(Sequence sequence, double[] outputs) {
        presented++;
        steps += sequence.length();
        return judge(sequence, outputs, false);
    }

    /**
     * Asks the stop rule about {@code outcome} after the sequences presented so far, unless the trial already
     * has its verdict.
     *
     * @return {@link #running()} afterwards
     */
    public boolean consult(SequenceOutcome outcome) {
        if (status == null && stopRule.afterSequence(presented, outcome, probe) == StopRule.Verdict.SOLVED) {
            status = TrialOutcome.Status.SOLVED;
            sequencesToSuccess = stopRule.sequencesToSuccess(presented);
        }
        return running();
    }

    /**
     * Counts {@code sequences} presentations of {@code stepsRun} steps that the stop rule does not see (the
     * network did not change, e.g. a cascade's candidate epoch); the count stops at the budget.
     *
     * @return {@link #running()} afterwards
     */
    public boolean pass(long sequences, long stepsRun) {
        presented = Math.min(presented + sequences, budget);
        steps += stepsRun;
        return running();
    }

    /** Reports a learner's own count with the outcome's milestones (e.g. the guesses drawn). */
    public void count(String name, long value) {
        counts.put(name, value);
    }

    /** Training sequences presented so far. */
    public long presented() {
        return presented;
    }

    /** Training sequences the budget still allows. */
    public long remaining() {
        return budget - presented;
    }

    /** The trial's outcome; {@code network} is kept for the final test unless the trial diverged. */
    public TrialOutcome outcome(Network network) {
        return outcome(network, null);
    }

    /**
     * The trial's outcome with {@code note} as its message unless it diverged (then the message says where);
     * {@code network} is kept for the final test unless the trial diverged.
     */
    public TrialOutcome outcome(Network network, String note) {
        TrialOutcome.Status ended = status();
        boolean diverged = ended == TrialOutcome.Status.DIVERGED;
        Map<String, Long> milestones = new LinkedHashMap<>(probe.milestones());
        milestones.putAll(counts);
        return new TrialOutcome(
                ended,
                presented,
                sequencesToSuccess,
                steps,
                milestones,
                diverged ? null : network,
                diverged ? message : note);
    }

    private SequenceOutcome judge(Sequence sequence, double[] outputs, boolean diverged) {
        SequenceOutcome outcome = Outcomes.of(task, sequence, outputs);
        if (status == null && (diverged || !Double.isFinite(outcome.squaredError()))) {
            status = TrialOutcome.Status.DIVERGED;
            message = "NaN or infinity after " + presented + " sequences";
        }
        return outcome;
    }
}
