package org.lstm97.tasks.twosequence;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;
import org.lstm97.tasks.Correctness;
import org.lstm97.tasks.Lengths;

/**
 * Exp. 3 [NC97 Sec. 5.3, PAPER.md §3.5–3.7]: one real-valued input line, length L uniform in [T, T + T/10]; two
 * equiprobable classes whose first N inputs are +1.0 (class 1) or −1.0 (class 2), followed by Gaussian noise
 * of mean 0 and variance 0.2. The single target is at the last step. 3b adds the same noise to the first N
 * inputs; 3c uses targets 0.2 / 0.8 plus Gaussian noise of variance 0.1 and keeps the noise-free target as
 * {@link Sequence#cleanTarget}. Labelled "1" or "2" (the class).
 */
public final class TwoSequenceTask implements SequenceTask {
    private final TwoSequenceParams params;

    public TwoSequenceTask(TwoSequenceParams params) {
        this.params = params;
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

    /** Draws, in order: the class, the length, the L inputs, then (3c) the target noise. */
    @Override
    public Sequence next(RandomGenerator random) {
        TwoSequenceVariant variant = params.variant();
        boolean classOne = Draws.bernoulli(random, 0.5);
        int length = Lengths.tPlusTenth(random, params.T());
        double variance = params.noiseVariance();
        double sign = classOne ? 1.0 : -1.0;
        Sequence.Builder builder = Sequence.builder(length, 1, 1);
        for (int t = 0; t < length; t++) {
            double x;
            if (t < params.N()) {
                x = variant.noisyPrefix() ? Draws.gaussian(random, sign, variance) : sign;
            } else {
                x = Draws.gaussian(random, 0.0, variance);
            }
            builder.input(t, 0, x);
        }
        double clean = variant.target(classOne);
        int end = length - 1;
        if (variant.noisyTargets()) {
            builder.target(end, 0, Draws.gaussian(random, clean, params.targetNoiseVariance()));
            builder.cleanTarget(end, 0, clean);
        } else {
            builder.target(end, 0, clean);
        }
        return builder.label(classOne ? "1" : "2").build();
    }

    /** 3a/3b: |output − target| &lt; 0.2 at the end; 3c: |output − noise-free target| ≤ 0.1 at the end. */
    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return params.variant().noisyTargets()
                ? Correctness.cleanWithinAtEnd(sequence, outputs, params.cleanThreshold())
                : Correctness.absAtEnd(sequence, outputs, params.threshold());
    }
}
