package org.lstm97.baselines.guessing;

import java.util.List;
import java.util.random.RandomGenerator;

import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;

/**
 * Bengio's 2-sequence problem as LSTM97 Exp. 3a states it (PAPER.md §3.5): length uniform in [T, T + T/10], the
 * first N elements +1 (class 1) or -1 (class 2), later elements Gaussian (mean 0, variance 0.2), target 1/0 at
 * the end, correct when the absolute error is below 0.2.
 */
final class TwoSequenceTestTask implements SequenceTask {
    private final int minLength;
    private final int informative;

    TwoSequenceTestTask(int minLength, int informative) {
        this.minLength = minLength;
        this.informative = informative;
    }

    @Override
    public int inputSize() {
        return 1;
    }

    @Override
    public int outputSize() {
        return 1;
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
        int length = Draws.uniformInt(random, minLength, minLength + minLength / 10);
        boolean first = Draws.bernoulli(random, 0.5);
        Sequence.Builder b = Sequence.builder(length, 1, 1);
        for (int t = 0; t < length; t++) {
            b.input(t, 0, t < informative ? (first ? 1.0 : -1.0) : Draws.gaussian(random, 0.0, 0.2));
        }
        return b.target(length - 1, 0, first ? 1.0 : 0.0).label(first ? "1" : "2").build();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        int end = sequence.length() - 1;
        return Math.abs(sequence.target(end, 0) - outputs[end]) < 0.2;
    }
}
