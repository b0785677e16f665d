package org.lstm97.baselines.chunker;

import java.util.List;
import java.util.random.RandomGenerator;

import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;

/**
 * LSTM97 Exp. 2a (PAPER.md §3.2): alphabet a_1..a_{p-1}, x = a_p, y = a_{p+1} (indices 0..p), the two sequences
 * (y, a_1, ..., a_{p-1}, y) and (x, a_1, ..., a_{p-1}, x) with probability 0.5 each, one-hot inputs s_1..s_p,
 * targets one-hot(s_{t+1}); correct when every output at every step is within 0.25 of its target.
 * With {@code noLocalRegularities} the middle is drawn i.i.d. from a_1..a_{p-1} (Exp. 2b).
 */
final class LagTestTask implements SequenceTask {
    private final int p;
    private final boolean noLocalRegularities;

    LagTestTask(int p, boolean noLocalRegularities) {
        this.p = p;
        this.noLocalRegularities = noLocalRegularities;
    }

    @Override
    public int inputSize() {
        return p + 1;
    }

    @Override
    public int outputSize() {
        return p + 1;
    }

    @Override
    public List<String> inputNames() {
        return null;
    }

    @Override
    public List<String> outputNames() {
        return null;
    }

    @Override
    public Sequence next(RandomGenerator random) {
        int first = random.nextBoolean() ? p : p - 1;  // y or x
        int[] symbols = new int[p + 1];
        symbols[0] = first;
        for (int i = 1; i < p; i++) {
            symbols[i] = noLocalRegularities ? random.nextInt(p - 1) : i - 1;
        }
        symbols[p] = first;
        Sequence.Builder b = Sequence.builder(p, p + 1, p + 1);
        for (int t = 0; t < p; t++) {
            b.oneHot(t, symbols[t]).target(t, symbols[t + 1], 1.0);
            for (int k = 0; k < p + 1; k++) {
                b.target(t, k, k == symbols[t + 1] ? 1.0 : 0.0);
            }
        }
        return b.label(first == p ? "y" : "x").build();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        int from = noLocalRegularities ? sequence.length() - 1 : 0;
        for (int t = from; t < sequence.length(); t++) {
            for (int k = 0; k <= p; k++) {
                if (Math.abs(sequence.target(t, k) - outputs[t * (p + 1) + k]) >= 0.25) {
                    return false;
                }
            }
        }
        return true;
    }
}
