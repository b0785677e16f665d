package org.lstm97.tasks.lag;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;
import org.lstm97.tasks.Correctness;
import org.lstm97.tasks.UnitNames;

/**
 * Exp. 2c [NC97 Sec. 5.2, PAPER.md §3.4]: (b, c, a_{i_1}, …, a_{i_{q+k}}, e, c) with c = x or y, the distractors
 * uniform over a_1 … a_p [PAPER.md §1.10.6]. Inputs are one-hot over a_1 … a_p, e, b, x, y; two outputs x, y.
 * The only target is at the step whose input is the trigger e: (1, 0) for x, (0, 1) for y [PAPER.md INTERP]; the
 * final c is therefore never an input, so a sequence of q+k+4 symbols has q+k+3 steps. Labelled "x" or "y".
 */
public final class VeryLongLagTask implements SequenceTask {
    private static final List<String> OUTPUTS = List.of("x", "y");
    private final int p;
    private final int q;
    private final LengthReading lengthReading;
    private final double threshold;
    private final List<String> names;

    public VeryLongLagTask(VeryLongLagParams params) {
        this.p = params.p();
        this.q = params.q();
        this.lengthReading = params.lengthReading();
        this.threshold = params.threshold();
        this.names = UnitNames.indexed("a", p, "e", "b", "x", "y");
    }

    @Override
    public int inputSize() {
        return p + 4;
    }

    @Override
    public int outputSize() {
        return 2;
    }

    @Override
    public List<String> inputNames() {
        return names;
    }

    @Override
    public List<String> outputNames() {
        return OUTPUTS;
    }

    /**
     * Draws, in order: the class (x with probability 0.5), the number k of extra distractors (one Bernoulli(9/10)
     * per appended distractor until e comes), then the q+k distractors.
     */
    @Override
    public Sequence next(RandomGenerator random) {
        boolean isX = Draws.bernoulli(random, 0.5);
        int extra = lengthReading == LengthReading.PAPER_MEAN ? 1 : 0;
        while (Draws.bernoulli(random, 0.9)) {
            extra++;
        }
        int e = p;
        int b = p + 1;
        int c = isX ? p + 2 : p + 3;
        int steps = q + extra + 3;
        Sequence.Builder builder = Sequence.builder(steps, p + 4, 2);
        builder.oneHot(0, b);
        builder.oneHot(1, c);
        for (int t = 2; t < steps - 1; t++) {
            builder.oneHot(t, Draws.uniformInt(random, 0, p - 1));
        }
        builder.oneHot(steps - 1, e);
        builder.target(steps - 1, 0, isX ? 1.0 : 0.0);
        builder.target(steps - 1, 1, isX ? 0.0 : 1.0);
        return builder.label(isX ? "x" : "y").build();
    }

    /** ABS(0.2): both outputs within the threshold of the target at the trigger step. */
    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return Correctness.absAtEnd(sequence, outputs, threshold);
    }
}
