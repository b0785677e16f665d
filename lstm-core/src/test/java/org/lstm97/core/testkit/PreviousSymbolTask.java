package org.lstm97.core.testkit;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;

/**
 * "Say the previous symbol": two one-hot symbols, length 6, the target at step t is the symbol of step t-1.
 * Needs one step of memory, so only a recurrent net solves it; correct = every target unit on the right side
 * of 0.5.
 */
public final class PreviousSymbolTask implements SequenceTask {
    @Override
    public int inputSize() {
        return 2;
    }

    @Override
    public int outputSize() {
        return 2;
    }

    @Override
    public List<String> inputNames() {
        return List.of("a", "b");
    }

    @Override
    public List<String> outputNames() {
        return List.of("a", "b");
    }

    @Override
    public Sequence next(RandomGenerator random) {
        int length = 6;
        Sequence.Builder b = Sequence.builder(length, 2, 2);
        int previous = -1;
        for (int t = 0; t < length; t++) {
            int s = Draws.uniformInt(random, 0, 1);
            b.oneHot(t, s);
            if (previous >= 0) {
                b.target(t, 0, previous == 0 ? 1.0 : 0.0);
                b.target(t, 1, previous == 1 ? 1.0 : 0.0);
            }
            previous = s;
        }
        return b.build();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        for (int t = 0; t < sequence.length(); t++) {
            if (sequence.hasTarget(t)) {
                for (int k = 0; k < 2; k++) {
                    if (Math.abs(sequence.target(t, k) - outputs[t * 2 + k]) >= 0.5) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
