package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/**
 * Where the truncation drops nothing, the update equals −α times a finite-difference gradient of
 * ½Σ(target − output)² (no factor 2, PAPER.md §1.6); {@code gradient: full} matches it on recurrent nets.
 */
class GradientCheckTest {
    private static final double ALPHA = 0.1;
    private static final double H = 1e-6;

    private static void assertUpdateIsMinusAlphaGradient(
            LstmParams p,
            LstmLayout layout,
            double[] w0,
            Sequence seq,
            Function<double[], Network> build,
            Function<Network, double[]> weightsOf) {
        Network learner = build.apply(w0);
        TestNets.run(learner, seq, true);
        double[] w1 = weightsOf.apply(learner);
        int checked = 0;
        for (int i = 0; i < w0.length; i++) {
            if (!layout.isWeight(i)) {
                assertThat(w1[i]).as("unused bias slot %d", i).isEqualTo(0.0);
                continue;
            }
            double[] plus = w0.clone();
            plus[i] += H;
            double[] minus = w0.clone();
            minus[i] -= H;
            double grad = (TestNets.error(build.apply(plus), seq) - TestNets.error(build.apply(minus), seq)) / (2 * H);
            assertThat(w1[i] - w0[i]).as("update of weight %d", i).isCloseTo(-ALPHA * grad, within(1e-8));
            checked++;
        }
        assertThat(checked).isEqualTo(layout.weightCount());
    }

    private static void checkTruncated(LstmParams p, int in, int out, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LstmLayout layout = new LstmLayout(p, in, out);
        double[] w0 = TestNets.randomWeights(layout, random, 1.0);
        Sequence seq = TestNets.randomSequence(random, length, in, out, false, 1.0);
        assertUpdateIsMinusAlphaGradient(
                p, layout, w0, seq, w -> new TruncatedLstm(p, layout, w), n -> ((TruncatedLstm) n).weights());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void oneStepSequencesOfARecurrentNetAreExact(long seed) {
        TestNets.P p = new TestNets.P(2, 2, ALPHA);
        p.bias = BiasUnits.ALL;
        p.hiddenUnits = 1;
        p.initialActivation = 0.5;
        checkTruncated(p.build(), 3, 2, 1, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void nonRecurrentCellsAndGatesAreExactOverManySteps(long seed) {
        TestNets.P p = new TestNets.P(2, 2, ALPHA);
        p.connectivity = Connectivity.B;
        p.bias = BiasUnits.ALL;
        p.hiddenUnits = 1;
        checkTruncated(p.build(), 3, 2, 6, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void exp2aShapeIsExactOverManySteps(long seed) {
        TestNets.P p = TestNets.exp2a(ALPHA);
        checkTruncated(p.build(), 5, 5, 7, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void fullGradientMatchesFiniteDifferencesOnARecurrentNet(long seed) {
        TestNets.P b = new TestNets.P(2, 2, ALPHA);
        b.bias = BiasUnits.ALL;
        b.hiddenUnits = 1;
        b.initialActivation = 0.5;
        b.gradient = GradientMode.FULL;
        LstmParams p = b.build();
        SplittableRandom random = new SplittableRandom(seed);
        LstmLayout layout = new LstmLayout(p, 3, 2);
        double[] w0 = TestNets.randomWeights(layout, random, 1.0);
        Sequence seq = TestNets.randomSequence(random, 6, 3, 2, false, 0.5);
        assertUpdateIsMinusAlphaGradient(
                p, layout, w0, seq, w -> new FullGradientLstm(p, layout, w), n -> ((FullGradientLstm) n).weights());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void truncationChangesTheUpdateOfARecurrentNet(long seed) {
        LstmParams p = new TestNets.P(2, 2, ALPHA).build();
        TestNets.P fb = new TestNets.P(2, 2, ALPHA);
        fb.gradient = GradientMode.FULL;
        LstmParams pf = fb.build();
        SplittableRandom random = new SplittableRandom(seed);
        LstmLayout layout = new LstmLayout(p, 3, 2);
        double[] w0 = TestNets.randomWeights(layout, random, 1.0);
        Sequence seq = TestNets.randomSequence(random, 6, 3, 2, false, 0.5);
        TruncatedLstm truncated = new TruncatedLstm(p, layout, w0);
        FullGradientLstm full = new FullGradientLstm(pf, layout, w0);
        TestNets.run(truncated, seq, true);
        TestNets.run(full, seq, true);
        double maxDiff = 0.0;
        double[] a = truncated.weights();
        double[] b = full.weights();
        for (int i = 0; i < a.length; i++) {
            maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
        }
        assertThat(maxDiff).isGreaterThan(1e-6);
        // but the output-layer rows see no truncation at all
        int k = layout.outputRowOffset(0);
        for (int n = 0; n < layout.outputRowLength(); n++) {
            assertThat(a[k + n]).isCloseTo(b[k + n], within(1e-14));
        }
    }
}
