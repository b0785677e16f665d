package org.lstm97.core.train;

import java.util.List;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;

/** Runs a network, frozen, over a set of sequences and measures it. */
public final class Evaluator {
    private Evaluator() {}

    public static Evaluation evaluate(Network network, SequenceTask task, List<Sequence> sequences) {
        Outcomes.Accumulator acc = new Outcomes.Accumulator();
        double[] out = new double[network.outputSize()];
        double[] trace = new double[0];
        for (Sequence seq : sequences) {
            trace = OnlineLoop.run(network, seq, out, trace, false);
            acc.add(Outcomes.of(task, seq, trace), Outcomes.endSquaredMean(seq, trace));
        }
        return acc.result();
    }
}
