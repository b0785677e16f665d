package org.lstm97.tasks.lag;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;
import org.lstm97.tasks.Correctness;
import org.lstm97.tasks.UnitNames;

/**
 * Exp. 2a / 2b [NC97 Sec. 5.2, PAPER.md §3.2–3.3]: sequences (c, a_{i_1}, …, a_{i_{p−1}}, c) with c = x or y
 * (probability 0.5 each), coded locally over p+1 units a_1 … a_{p−1}, x, y. The net predicts the next symbol
 * at every step: p steps, input s_t, target one-hot(s_{t+1}) [PAPER.md INTERP]. Labelled "x" or "y".
 */
public final class LongLagTask implements SequenceTask {
    private final LongLagVariant variant;
    private final int p;
    private final double threshold;
    private final List<String> names;
    private final int x;
    private final int y;
    /** 2a: the two fixed training sequences, x first. */
    private final List<Sequence> fixed;

    public LongLagTask(LongLagParams params) {
        this.variant = params.variant();
        this.p = params.p();
        this.threshold = params.threshold();
        this.names = UnitNames.indexed("a", p - 1, "x", "y");
        this.x = p - 1;
        this.y = p;
        this.fixed = variant == LongLagVariant.FIXED_MIDDLE ? List.of(build(x, null), build(y, null)) : List.of();
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
        return names;
    }

    @Override
    public List<String> outputNames() {
        return names;
    }

    /** 2a: one of the two training sequences with probability 0.5 (no allocation); 2b: a fresh sequence. */
    @Override
    public Sequence next(RandomGenerator random) {
        boolean isX = Draws.bernoulli(random, 0.5);
        if (variant == LongLagVariant.FIXED_MIDDLE) {
            return fixed.get(isX ? 0 : 1);
        }
        return build(isX ? x : y, random);
    }

    /** 2a: the two sequences; 2b: empty (the training exemplars are random members of the two classes). */
    @Override
    public List<Sequence> trainingSet() {
        return fixed;
    }

    /** 2a: max absolute error of all outputs at all steps below the threshold; 2b: at the sequence end only. */
    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return variant == LongLagVariant.FIXED_MIDDLE
                ? Correctness.absAtAllTargets(sequence, outputs, threshold)
                : Correctness.absAtEnd(sequence, outputs, threshold);
    }

    /** The sequence for class {@code c}; the middle is a_1 … a_{p−1} when {@code random} is null. */
    private Sequence build(int c, RandomGenerator random) {
        Sequence.Builder builder = Sequence.builder(p, p + 1, p + 1);
        builder.oneHot(0, c);
        for (int t = 1; t < p; t++) {
            int symbol = random == null ? t - 1 : Draws.uniformInt(random, 0, p - 2);
            builder.target(t - 1, symbol, 1.0);
            builder.oneHot(t, symbol);
        }
        builder.target(p - 1, c, 1.0);
        return builder.label(c == x ? "x" : "y").build();
    }
}
