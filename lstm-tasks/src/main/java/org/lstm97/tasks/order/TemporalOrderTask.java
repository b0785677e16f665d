package org.lstm97.tasks.order;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;
import org.lstm97.tasks.Correctness;

/**
 * Exp. 6 [NC97 Sec. 5.6, PAPER.md §3.10]: sequences of length uniform in [100, 110] that start with E and end
 * with the trigger B; at the relevant positions (1-based, inclusive ranges) X or Y, each with probability 0.5;
 * everywhere else a, b, c or d uniformly. Inputs one-hot over E B a b c d X Y. The one target, one-hot over
 * the classes, is at the step whose input is B [PAPER.md INTERP]. Labelled with the class name, e.g. "R".
 */
public final class TemporalOrderTask implements SequenceTask {
    /** Input units in order. */
    public static final List<String> SYMBOLS = List.of("E", "B", "a", "b", "c", "d", "X", "Y");

    private static final int E = 0;
    private static final int B = 1;
    private static final int FIRST_DISTRACTOR = 2;
    private static final int X = 6;
    private static final int MIN_LENGTH = 100;
    private static final int MAX_LENGTH = 110;

    private final TemporalOrderVariant variant;
    private final double threshold;

    public TemporalOrderTask(TemporalOrderParams params) {
        this.variant = params.variant();
        this.threshold = params.threshold();
    }

    @Override
    public int inputSize() {
        return SYMBOLS.size();
    }

    @Override
    public int outputSize() {
        return variant.classes().size();
    }

    @Override
    public List<String> inputNames() {
        return SYMBOLS;
    }

    @Override
    public List<String> outputNames() {
        return variant.classes();
    }

    /** Draws, in order: the length, each relevant position, each relevant symbol, then the distractors. */
    @Override
    public Sequence next(RandomGenerator random) {
        int length = Draws.uniformInt(random, MIN_LENGTH, MAX_LENGTH);
        int relevant = variant.relevantCount();
        int[] positions = new int[relevant];
        for (int i = 0; i < relevant; i++) {
            positions[i] = Draws.uniformInt(random, variant.earliest(i), variant.latest(i)) - 1;
        }
        int classIndex = 0;
        Sequence.Builder builder = Sequence.builder(length, SYMBOLS.size(), outputSize());
        builder.oneHot(0, E);
        for (int i = 0; i < relevant; i++) {
            int y = Draws.bernoulli(random, 0.5) ? 1 : 0;
            classIndex = 2 * classIndex + y;
            builder.oneHot(positions[i], X + y);
        }
        int next = 0;
        for (int t = 1; t < length - 1; t++) {
            if (next < relevant && t == positions[next]) {
                next++;
            } else {
                builder.oneHot(t, FIRST_DISTRACTOR + Draws.uniformInt(random, 0, 3));
            }
        }
        builder.oneHot(length - 1, B);
        for (int k = 0; k < outputSize(); k++) {
            builder.target(length - 1, k, k == classIndex ? 1.0 : 0.0);
        }
        return builder.label(variant.classes().get(classIndex)).build();
    }

    /** ABS(0.3): every output within the threshold of its target at the B step. */
    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return Correctness.absAtEnd(sequence, outputs, threshold);
    }
}
