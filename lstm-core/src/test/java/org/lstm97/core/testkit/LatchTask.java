package org.lstm97.core.testkit;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;

/**
 * "Latch the first symbol": a or b at step 0, then {@code lag} distractor symbols; at the last step the one output
 * must say 1 for a and 0 for b (absolute error below 0.3). Only a net that keeps the first symbol across the lag
 * solves it.
 */
public final class LatchTask implements SequenceTask {
    private final int lag;

    public LatchTask(int lag) {
        this.lag = lag;
    }

    @Override
    public int inputSize() {
        return 3;
    }

    @Override
    public int outputSize() {
        return 1;
    }

    @Override
    public List<String> inputNames() {
        return List.of("a", "b", "x");
    }

    @Override
    public List<String> outputNames() {
        return List.of("was-a");
    }

    @Override
    public Sequence next(RandomGenerator random) {
        int length = lag + 1;
        Sequence.Builder b = Sequence.builder(length, 3, 1);
        int first = Draws.uniformInt(random, 0, 1);
        b.oneHot(0, first);
        for (int t = 1; t < length; t++) {
            b.oneHot(t, 2);
        }
        b.target(length - 1, 0, first == 0 ? 1.0 : 0.0);
        return b.build();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        int last = sequence.length() - 1;
        return Math.abs(sequence.target(last, 0) - outputs[last]) < 0.3;
    }
}
