package org.lstm97.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lanes.LaneEngine;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.Squash;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.lstm.UpdateTiming;

/** The benchmarked nets and their sequences, for the JMH benchmarks. */
final class BenchNets {
    static final int TABLE7_LENGTH = 100;
    static final int TABLE1_LENGTH = 10;
    static final int SEQUENCES = 64;

    private BenchNets() {}

    /** Table 7 (adding): 2 in, 1 out, 2 blocks of 2, bias all, input-gate biases −3/−6, 93 weights. */
    static TruncatedLstm table7Net() {
        return new TruncatedLstm(table7Params(), 2, 1, new SplittableRandom(1));
    }

    static LstmParams table7Params() {
        return new LstmParams(
                2,
                2,
                0.5,
                0.1,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                List.of(-3.0, -6.0),
                null,
                null,
                true,
                0,
                UpdateTiming.PER_SEQUENCE,
                0.0,
                GradientMode.TRUNCATED,
                false,
                1000,
                0.01);
    }

    /** Dense adding-like sequences of 100 steps with a target at the last step. */
    static List<Sequence> table7Sequences() {
        SplittableRandom random = new SplittableRandom(2);
        List<Sequence> out = new ArrayList<>();
        for (int i = 0; i < SEQUENCES; i++) {
            Sequence.Builder b = Sequence.builder(TABLE7_LENGTH, 2, 1);
            int first = random.nextInt(10);
            int second = 10 + random.nextInt(TABLE7_LENGTH / 2 - 10);
            double sum = 0.0;
            for (int t = 0; t < TABLE7_LENGTH; t++) {
                double x = random.nextDouble() * 2 - 1;
                b.input(t, 0, x);
                if (t == first || t == second) {
                    b.input(t, 1, 1.0);
                    sum += x;
                }
            }
            b.target(TABLE7_LENGTH - 1, 0, 0.5 + sum / 4.0);
            out.add(b.build());
        }
        return out;
    }

    /** Table 1 (Reber): one-hot 7 in / 7 out, 3 blocks of 2, gates biased, output-gate biases −1/−2/−3, 276 weights. */
    static TruncatedLstm table1Net() {
        return new TruncatedLstm(table1Params(), 7, 7, new SplittableRandom(1));
    }

    static LstmParams table1Params() {
        return new LstmParams(
                3,
                2,
                0.1,
                0.2,
                Squash.SYMMETRIC_2,
                Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.GA,
                null,
                null,
                List.of(-1.0, -2.0, -3.0),
                true,
                0,
                UpdateTiming.PER_SEQUENCE,
                0.0,
                GradientMode.TRUNCATED,
                false,
                1000,
                0.01);
    }

    /**
     * K lanes of the net of {@code params} (lane L starting from weights drawn with seed L) on
     * {@code sequences}: each call of the pass runs as many trial-steps as the sequences have steps.
     */
    static LongSupplier lanes(LstmParams params, int in, int out, List<Sequence> sequences) {
        LstmLayout layout = new LstmLayout(params, in, out);
        List<double[]> weights = new ArrayList<>();
        for (int lane = 0; lane < LaneEngine.lanes(); lane++) {
            weights.add(layout.initialWeights(params, new SplittableRandom(lane)));
        }
        return LaneEngine.stepper(params, in, out, weights, sequences);
    }

    /** One-hot sequences of 10 steps with a (next-symbol) target at every step. */
    static List<Sequence> table1Sequences() {
        SplittableRandom random = new SplittableRandom(2);
        List<Sequence> out = new ArrayList<>();
        for (int i = 0; i < SEQUENCES; i++) {
            Sequence.Builder b = Sequence.builder(TABLE1_LENGTH, 7, 7);
            int symbol = random.nextInt(7);
            for (int t = 0; t < TABLE1_LENGTH; t++) {
                b.oneHot(t, symbol);
                symbol = random.nextInt(7);
                b.target(t, symbol, 1.0);
            }
            out.add(b.build());
        }
        return out;
    }
}
