package org.lstm97.core.train;

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
 * The bookkeeping of one trial's training, whoever runs the network: it draws the training sequences, counts
 * sequences and steps, checks divergence, consults the stop rule after every sequence and builds the outcome.
 * {@link OnlineLoop} drives one network with it; the lane engine drives one session per lane.
 *
 * <p>Use: while {@link #running()}, run {@link #next()} through the network and hand its outputs to
 * {@link #finish}; then take {@link #outcome}.
 */
public final class TrainingSession {
    private final SequenceTask task;
    private final StopRule stopRule;
    private final Probe probe;
    private final RandomGenerator random;
    private final long budget;
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

    /** The next training sequence (counted as presented). */
    public Sequence next() {
        presented++;
        return task.next(random);
    }

    /**
     * Records the sequence just run: its length, its outcome (from {@code outputs}, one row of outputs per step,
     * taken before the sequence's weight update) and whether the network diverged; asks the stop rule.
     *
     * @return {@link #running()} afterwards
     */
    public boolean finish(Sequence sequence, double[] outputs, boolean diverged) {
        steps += sequence.length();
        SequenceOutcome outcome = Outcomes.of(task, sequence, outputs);
        if (diverged || !Double.isFinite(outcome.squaredError())) {
            status = TrialOutcome.Status.DIVERGED;
            message = "NaN or infinity after " + presented + " sequences";
        } else if (stopRule.afterSequence(presented, outcome, probe) == StopRule.Verdict.SOLVED) {
            status = TrialOutcome.Status.SOLVED;
            sequencesToSuccess = stopRule.sequencesToSuccess(presented);
        }
        return running();
    }

    /** Training sequences presented so far. */
    public long presented() {
        return presented;
    }

    /** The trial's outcome; {@code network} is kept for the final test unless the trial diverged. */
    public TrialOutcome outcome(Network network) {
        TrialOutcome.Status ended = status != null ? status : TrialOutcome.Status.UNSOLVED;
        return new TrialOutcome(ended, presented, sequencesToSuccess, steps, milestones(),
                ended == TrialOutcome.Status.DIVERGED ? null : network, message);
    }

    private Map<String, Long> milestones() {
        return probe instanceof NetworkProbe np ? np.milestones() : Map.of();
    }
}
