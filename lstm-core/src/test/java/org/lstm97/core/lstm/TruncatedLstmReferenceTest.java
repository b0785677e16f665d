package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.Sequence;

/** The fast learner's weight updates equal those of the plain {@link ReferenceLstm}, to 1e-12. */
class TruncatedLstmReferenceTest {

    /** Table 10 combinations (connectivity, bias, squashing, output gates) and the extra knobs. */
    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        for (TestNets.Config c : TestNets.table10()) {
            add(out, c.name(), c.inputs(), c.outputs(), c.params());
        }
        return out.stream();
    }

    private static void add(List<Arguments> out, String name, int in, int outs, Supplier<TestNets.P> params) {
        for (UpdateTiming update : UpdateTiming.values()) {
            for (boolean oneHot : new boolean[] {false, true}) {
                for (long seed : new long[] {1, 2, 3}) {
                    TestNets.P p = params.get();
                    p.update = update;
                    out.add(Arguments.of(
                            name + ", " + update + (oneHot ? ", one-hot" : ", dense") + ", seed " + seed,
                            p.build(),
                            in,
                            outs,
                            oneHot,
                            seed));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void updatesEqualTheReference(String name, LstmParams p, int in, int out, boolean oneHot, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LstmLayout layout = new LstmLayout(p, in, out);
        double[] w0 = TestNets.randomWeights(layout, random, 1.0);
        TruncatedLstm fast = new TruncatedLstm(p, layout, w0);
        ReferenceLstm reference = new ReferenceLstm(p, layout, w0);
        for (int n = 0; n < 3; n++) {
            Sequence seq = TestNets.randomSequence(random, 4 + random.nextInt(5), in, out, oneHot, 0.5);
            double[][] fastOut = TestNets.run(fast, seq, true);
            double[][] refOut = reference.run(seq);
            for (int t = 0; t < seq.length(); t++) {
                for (int k = 0; k < out; k++) {
                    assertThat(fastOut[t][k])
                            .as("output %d at step %d of sequence %d", k, t, n)
                            .isCloseTo(refOut[t][k], within(1e-12));
                }
            }
            double[] wf = fast.weights();
            double[] wr = reference.toFlat();
            for (int i = 0; i < wf.length; i++) {
                assertThat(wf[i]).as("weight %d after sequence %d", i, n).isCloseTo(wr[i], within(1e-12));
            }
        }
        assertThat(fast.weights()).as("learning happened").isNotEqualTo(w0);
        assertThat(fast.diverged()).isFalse();
    }

    static Stream<Arguments> oneHotConfigurations() {
        return configurations().filter(args -> (Boolean) args.get()[4]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneHotConfigurations")
    void oneHotStepsGiveBitIdenticalResultsToTheSameDenseInputs(
            String name, LstmParams p, int in, int out, boolean oneHot, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LstmLayout layout = new LstmLayout(p, in, out);
        double[] w0 = TestNets.randomWeights(layout, random, 1.0);
        TruncatedLstm sparse = new TruncatedLstm(p, layout, w0);
        TruncatedLstm dense = new TruncatedLstm(p, layout, w0);
        for (int n = 0; n < 3; n++) {
            Sequence seq = TestNets.randomSequence(random, 6, in, out, true, 0.5);
            Sequence.Builder b = Sequence.builder(seq.length(), in, out);
            for (int t = 0; t < seq.length(); t++) {
                b.input(t, seq.activeInput(t), 1.0);
                if (seq.hasTarget(t)) {
                    for (int k = 0; k < out; k++) {
                        b.target(t, k, seq.target(t, k));
                    }
                }
            }
            Sequence same = b.build();
            assertThat(same.isOneHot()).isFalse();
            assertThat(TestNets.run(sparse, seq, true)).isEqualTo(TestNets.run(dense, same, true));
            assertThat(sparse.weights()).isEqualTo(dense.weights());
        }
    }
    /**
     * Exp. 2c at its real size (p = 50: 54 inputs, 2 blocks of 1, no bias): sequences of 60–70 one-hot steps over
     * all 54 inputs, a target only at the last step, weights in [−0.2, 0.2]. The fast net equals the reference,
     * and its sparse one-hot path equals its dense path bit for bit.
     */
    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3})
    void exp2cAtRealSizeOverLongSequences(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TestNets.P params = new TestNets.P(2, 1, 0.01);
        params.bias = BiasUnits.NONE;
        LstmParams p = params.build();
        int in = 54;
        LstmLayout layout = new LstmLayout(p, in, 2);
        assertThat(layout.weightCount()).isEqualTo(364);
        double[] w0 = TestNets.randomWeights(layout, random, 0.2);
        TruncatedLstm fast = new TruncatedLstm(p, layout, w0);
        TruncatedLstm dense = new TruncatedLstm(p, layout, w0);
        ReferenceLstm reference = new ReferenceLstm(p, layout, w0);
        for (int n = 0; n < 5; n++) {
            int length = 60 + random.nextInt(11);
            Sequence.Builder sb = Sequence.builder(length, in, 2);
            Sequence.Builder db = Sequence.builder(length, in, 2);
            for (int t = 0; t < length; t++) {
                int a = random.nextInt(in);
                sb.oneHot(t, a);
                db.input(t, a, 1.0);
            }
            double x = random.nextInt(2);
            sb.target(length - 1, 0, x).target(length - 1, 1, 1.0 - x);
            db.target(length - 1, 0, x).target(length - 1, 1, 1.0 - x);
            Sequence seq = sb.build();
            Sequence same = db.build();
            double[][] fastOut = TestNets.run(fast, seq, true);
            double[][] refOut = reference.run(seq);
            assertThat(TestNets.run(dense, same, true)).isEqualTo(fastOut);
            assertThat(dense.weights()).isEqualTo(fast.weights());
            for (int k = 0; k < 2; k++) {
                assertThat(fastOut[length - 1][k]).isCloseTo(refOut[length - 1][k], within(1e-12));
            }
            double[] wf = fast.weights();
            double[] wr = reference.toFlat();
            for (int i = 0; i < wf.length; i++) {
                assertThat(wf[i]).as("weight %d after sequence %d", i, n).isCloseTo(wr[i], within(1e-12));
            }
        }
        assertThat(fast.weights()).as("learning happened").isNotEqualTo(w0);
    }
}
