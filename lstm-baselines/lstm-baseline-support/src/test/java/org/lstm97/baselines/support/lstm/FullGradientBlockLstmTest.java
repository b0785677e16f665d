package org.lstm97.baselines.support.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.FullGradientLstm;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.testkit.FiniteDifferences;
import org.lstm97.core.testkit.SmallSequences;

/**
 * BPTT of the block LSTM is the exact gradient: it equals central finite differences of the sequence error for
 * every option (forget gates, peepholes, recurrence, connectivity, output gates, biases, squashes, output units),
 * and without forget gates and peepholes it is the 1997 net's full-gradient ablation.
 */
class FullGradientBlockLstmTest {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("forget, 2x2", new Specs(3, 2, 2, 2), false),
                Arguments.of("forget + peepholes, 2x2", new Specs(3, 2, 2, 2).peepholes(true), false),
                Arguments.of("forget + peepholes, one-hot", new Specs(4, 3, 2, 2).peepholes(true), true),
                Arguments.of(
                        "peepholes, no forget gate",
                        new Specs(3, 2, 2, 2).forget(false).peepholes(true),
                        false),
                Arguments.of("no forget, no peepholes", new Specs(3, 2, 2, 2).forget(false), true),
                Arguments.of(
                        "gates-only bias, no output gate",
                        new Specs(3, 2, 2, 1)
                                .bias(BiasUnits.GA)
                                .outputGates(false)
                                .peepholes(true),
                        false),
                Arguments.of("no bias at all", new Specs(3, 2, 2, 1).bias(BiasUnits.NONE), false),
                Arguments.of(
                        "connectivity B",
                        new Specs(3, 3, 1, 2)
                                .connectivity(Connectivity.B)
                                .squash(Squash.LOGISTIC, Squash.IDENTITY)
                                .peepholes(true),
                        true),
                Arguments.of(
                        "vanilla: cell outputs, tanh, peepholes",
                        new Specs(3, 2, 3, 1)
                                .peepholes(true)
                                .recurrence(Recurrence.CELL_OUTPUTS)
                                .squash(Squash.TANH, Squash.TANH),
                        false),
                Arguments.of(
                        "vanilla, linear output",
                        new Specs(3, 2, 3, 1)
                                .peepholes(true)
                                .recurrence(Recurrence.CELL_OUTPUTS)
                                .squash(Squash.TANH, Squash.TANH)
                                .output(OutputActivation.LINEAR),
                        true));
    }

    static Sequence sequence(boolean oneHot, Specs specs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return oneHot
                ? SmallSequences.oneHotRandom(random, 8, specs.inputs, specs.outputs)
                : SmallSequences.denseRandom(random, 8, specs.inputs, specs.outputs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void gradientEqualsFiniteDifferences(String name, Specs specs, boolean oneHot) {
        specs.initRange(0.8);
        BlockLstmLayout layout = specs.layout();
        double[] weights = layout.initialWeights(new SplittableRandom(21));
        Sequence seq = sequence(oneHot, specs, 31);
        FullGradientBlockLstm net = new FullGradientBlockLstm(layout, OptimizerSettings.sgd(1.0), weights);
        SmallSequences.present(net, seq, true);
        double[] gradient = net.lastGradient();
        FullGradientBlockLstm probe = new FullGradientBlockLstm(layout, OptimizerSettings.sgd(1.0), weights);
        double[] numeric = FiniteDifferences.descent(probe, probe.liveWeights(), seq, 1e-6);
        double largest = 0.0;
        for (int i = 0; i < numeric.length; i++) {
            assertThat(gradient[i])
                    .as("weight %d", i)
                    .isCloseTo(numeric[i], within(1e-8 + 1e-5 * Math.abs(numeric[i])));
            if (!layout.isWeight(i)) {
                assertThat(gradient[i]).as("slot %d is not a weight", i).isEqualTo(0.0);
            }
            largest = Math.max(largest, Math.abs(numeric[i]));
        }
        assertThat(largest).as("the check must not be vacuous").isGreaterThan(1e-3);
        if (layout.hasPeepholes()) {
            assertThat(Math.abs(gradient[layout.inputPeephole(0)]))
                    .as("peepholes get a gradient")
                    .isGreaterThan(1e-6);
        }
    }

    @Test
    void withoutForgetGateAndPeepholesItIsThe1997FullGradientAblation() {
        Specs specs = new Specs(8, 4, 2, 2).forget(false).initRange(0.5);
        LstmParams p1997 = new LstmParams(
                2,
                2,
                0.5,
                0.5,
                org.lstm97.core.lstm.Squash.SYMMETRIC_2,
                org.lstm97.core.lstm.Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                null,
                null,
                null,
                true,
                0,
                UpdateTiming.PER_SEQUENCE,
                0.0,
                org.lstm97.core.lstm.GradientMode.FULL,
                false,
                1000,
                0.01);
        LstmLayout layout1997 = new LstmLayout(p1997, 8, 4);
        double[] w1997 = layout1997.initialWeights(p1997, new SplittableRandom(4));
        BlockLstmLayout layout = specs.layout();
        FullGradientLstm original = new FullGradientLstm(p1997, layout1997, w1997);
        FullGradientBlockLstm block = new FullGradientBlockLstm(
                layout, OptimizerSettings.sgd(0.5), TruncatedBlockLstmTest.toBlockLayout(w1997, layout));
        SplittableRandom data = new SplittableRandom(6);
        for (int n = 0; n < 3; n++) {
            Sequence seq = SmallSequences.oneHotRandom(data, 10, 8, 4);
            SmallSequences.present(original, seq, true);
            SmallSequences.present(block, seq, true);
        }
        double[] expected = TruncatedBlockLstmTest.toBlockLayout(original.weights(), layout);
        double[] got = block.weights();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).as("weight %d", i).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void adamStepsDifferFromPlainStepsAndStayDeterministic() {
        BlockLstmLayout layout = new Specs(3, 2, 2, 2).peepholes(true).layout();
        double[] weights = layout.initialWeights(new SplittableRandom(9));
        OptimizerSettings adam = new OptimizerSettings(Optimizer.ADAM, 0.01, 0.9, 0.999, 1e-8);
        double[] a = train(layout, adam, weights);
        double[] b = train(layout, adam, weights);
        double[] sgd = train(layout, OptimizerSettings.sgd(0.01), weights);
        assertThat(b).containsExactly(a);
        assertThat(a).isNotEqualTo(sgd);
        for (int i = 0; i < a.length; i++) {
            if (!layout.isWeight(i)) {
                assertThat(a[i]).isEqualTo(0.0);
            }
        }
    }

    private static double[] train(BlockLstmLayout layout, OptimizerSettings optimizer, double[] weights) {
        FullGradientBlockLstm net = new FullGradientBlockLstm(layout, optimizer, weights);
        SplittableRandom data = new SplittableRandom(3);
        for (int n = 0; n < 5; n++) {
            SmallSequences.present(net, SmallSequences.denseRandom(data, 6, 3, 2), true);
        }
        return net.weights();
    }

    @Test
    void gateBiasesOfTheSpecAreTheInitialWeights() {
        Specs specs = new Specs(3, 2, 2, 1);
        specs.inputGateBias = List.of(-3.0, -6.0);
        BlockLstmLayout layout = specs.layout();
        FullGradientBlockLstm net =
                new FullGradientBlockLstm(specs.build(), OptimizerSettings.sgd(0.1), new SplittableRandom(1));
        assertThat(net.weights()[layout.hiddenRowOffset(layout.inputGateUnit(1)) + layout.sourceWidth() - 1])
                .isEqualTo(-6.0);
        assertThat(net.weightCount()).isEqualTo(layout.weightCount());
    }
}
