package org.lstm97.core.train;

import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;

/**
 * The online training loop every gradient learner shares (paper Sec. 5: "we always use on-line learning"):
 * draw a sequence, run it step by step with learning on, let the network apply its updates at the end, show
 * the outcome to the stop rule; until the rule holds, the budget is spent or the network diverges. The
 * bookkeeping is the {@link TrainingSession}'s.
 */
public final class OnlineLoop {
    private OnlineLoop() {}

    /** Trains {@code network} within {@code context}. */
    public static TrialOutcome train(Network network, TrainingContext context) {
        TrainingSession session = new TrainingSession(context, context.probeFor(network));
        double[] out = new double[network.outputSize()];
        double[] trace = new double[0];
        while (session.running()) {
            Sequence seq = session.next();
            trace = run(network, seq, out, trace, true);
            session.finish(seq, trace, network.diverged());
        }
        return session.outcome(network);
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
