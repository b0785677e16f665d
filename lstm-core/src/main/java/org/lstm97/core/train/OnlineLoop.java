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
 * The online training loop every gradient learner shares (paper Sec. 5: "we always use on-line learning"):
 * draw a sequence, run it step by step with learning on, let the network apply its updates at the end, show
 * the outcome to the stop rule; until the rule holds, the budget is spent or the network diverges.
 */
public final class OnlineLoop {
    private OnlineLoop() {
    }

    /** Trains {@code network} within {@code context}. */
    public static TrialOutcome train(Network network, TrainingContext context) {
        SequenceTask task = context.task();
        StopRule stopRule = context.stopRule();
        Probe probe = context.probeFor(network);
        RandomGenerator random = context.random("train");
        double[] out = new double[network.outputSize()];
        double[] trace = new double[0];
        long steps = 0;
        long budget = context.budget();
        for (long presented = 1; presented <= budget; presented++) {
            Sequence seq = task.next(random);
            trace = run(network, seq, out, trace, true);
            steps += seq.length();
            SequenceOutcome outcome = Outcomes.of(task, seq, trace);
            if (network.diverged() || Double.isNaN(outcome.squaredError())
                    || Double.isInfinite(outcome.squaredError())) {
                return new TrialOutcome(TrialOutcome.Status.DIVERGED, presented, null, steps, milestones(probe), null,
                        "NaN or infinity after " + presented + " sequences");
            }
            if (stopRule.afterSequence(presented, outcome, probe) == StopRule.Verdict.SOLVED) {
                return new TrialOutcome(TrialOutcome.Status.SOLVED, presented,
                        stopRule.sequencesToSuccess(presented), steps, milestones(probe), network,
                        null);
            }
        }
        return new TrialOutcome(TrialOutcome.Status.UNSOLVED, budget, null, steps, milestones(probe), network, null);
    }

    private static Map<String, Long> milestones(Probe probe) {
        return probe instanceof NetworkProbe np ? np.milestones() : Map.of();
    }

    /**
     * Runs one sequence through {@code network}, recording the outputs of every step in {@code trace} (grown
     * when too short, and returned).
     */
    static double[] run(Network network, Sequence seq, double[] out, double[] trace, boolean learn) {
        int k = network.outputSize();
        int needed = seq.length() * k;
        double[] buffer = trace.length >= needed ? trace : new double[Math.max(needed, trace.length * 2)];
        network.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            network.step(seq, t, out, learn);
            System.arraycopy(out, 0, buffer, t * k, k);
        }
        network.endSequence(learn);
        return buffer;
    }
}
