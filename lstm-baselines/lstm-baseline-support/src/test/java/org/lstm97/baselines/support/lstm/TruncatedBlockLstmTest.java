package org.lstm97.baselines.support.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.testkit.SmallSequences;

/**
 * The fast truncated rule against (1) the plain reference of Gers et al.'s truncated gradient, with forget gates
 * and peepholes in every combination of the options, and (2) the project's 1997 LSTM, which it must equal when it
 * has neither.
 */
class TruncatedBlockLstmTest {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of("forget, 2x2, all biases", new Specs(3, 2, 2, 2), false),
                Arguments.of("forget + peepholes, 2x2", new Specs(3, 2, 2, 2).peepholes(true), false),
                Arguments.of("forget + peepholes, one-hot", new Specs(4, 3, 2, 2).peepholes(true), true),
                Arguments.of(
                        "peepholes without forget gate",
                        new Specs(3, 2, 2, 2).forget(false).peepholes(true),
                        false),
                Arguments.of("forget, gates-only bias, 3x1", new Specs(3, 2, 3, 1).bias(BiasUnits.GA), true),
                Arguments.of(
                        "forget, no bias, no output gate",
                        new Specs(3, 2, 1, 2)
                                .bias(BiasUnits.NONE)
                                .outputGates(false)
                                .peepholes(true),
                        false),
                Arguments.of(
                        "connectivity B, identity h, logistic g",
                        new Specs(3, 3, 1, 1)
                                .connectivity(Connectivity.B)
                                .outputGates(false)
                                .bias(BiasUnits.NONE)
                                .squash(Squash.LOGISTIC, Squash.IDENTITY),
                        true),
                Arguments.of(
                        "cell-output recurrence, tanh, linear out",
                        new Specs(3, 2, 3, 1)
                                .peepholes(true)
                                .recurrence(Recurrence.CELL_OUTPUTS)
                                .squash(Squash.TANH, Squash.TANH)
                                .output(OutputActivation.LINEAR),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void equalsThePlainReferenceOverSeveralSequences(String name, Specs specs, boolean oneHot) {
        specs.initRange(0.5);
        specs.forgetGateBias = 0.7;
        BlockLstmLayout layout = specs.layout();
        double[] weights = layout.initialWeights(new SplittableRandom(11));
        TruncatedBlockLstm fast = new TruncatedBlockLstm(layout, 0.3, false, weights);
        ReferenceTruncatedLstm reference = new ReferenceTruncatedLstm(layout, 0.3, weights);
        SplittableRandom data = new SplittableRandom(5);
        double largestChange = 0.0;
        for (int n = 0; n < 4; n++) {
            Sequence seq = oneHot
                    ? SmallSequences.oneHotRandom(data, 9, specs.inputs, specs.outputs)
                    : SmallSequences.denseRandom(data, 9, specs.inputs, specs.outputs);
            double[][] expected = reference.present(seq);
            double[] out = new double[specs.outputs];
            fast.startSequence();
            for (int t = 0; t < seq.length(); t++) {
                fast.step(seq, t, out, true);
                for (int k = 0; k < out.length; k++) {
                    assertThat(out[k])
                            .as("output %d at step %d of sequence %d", k, t, n)
                            .isCloseTo(expected[t][k], within(1e-12));
                }
            }
            fast.endSequence(true);
        }
        double[] got = fast.weights();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).as("weight %d", i).isCloseTo(reference.w[i], within(1e-12));
            largestChange = Math.max(largestChange, Math.abs(got[i] - weights[i]));
        }
        assertThat(largestChange).as("the nets must have learned something").isGreaterThan(1e-3);
        if (layout.hasForgetGates()) {
            int forgetBias = layout.hiddenRowOffset(layout.forgetGateUnit(0)) + layout.sourceWidth() - 1;
            assertThat(got[forgetBias]).as("the forget gate learns").isNotEqualTo(weights[forgetBias]);
        }
    }

    /** The 1997 nets of Tables 9 (one-hot) and 7 (dense): same weights, same outputs, same changes. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void withoutForgetGateAndPeepholesItIsThe1997Lstm(boolean table9) {
        Specs specs = table9 ? new Specs(8, 4, 2, 2) : new Specs(2, 1, 2, 2);
        specs.forget(false).initRange(0.3);
        specs.inputGateBias = List.of(-2.0, -4.0);
        LstmParams p1997 = new LstmParams(
                2,
                2,
                0.5,
                0.3,
                org.lstm97.core.lstm.Squash.SYMMETRIC_2,
                org.lstm97.core.lstm.Squash.SYMMETRIC_1,
                OutputActivation.LOGISTIC,
                Connectivity.F,
                BiasUnits.ALL,
                List.of(-2.0, -4.0),
                null,
                null,
                true,
                0,
                UpdateTiming.PER_SEQUENCE,
                0.0,
                org.lstm97.core.lstm.GradientMode.TRUNCATED,
                false,
                1000,
                0.01);
        LstmLayout layout1997 = new LstmLayout(p1997, specs.inputs, specs.outputs);
        BlockLstmLayout layout = specs.layout();
        double[] w1997 = layout1997.initialWeights(p1997, new SplittableRandom(3));
        double[] w = toBlockLayout(w1997, layout);
        TruncatedLstm original = new TruncatedLstm(p1997, layout1997, w1997);
        TruncatedBlockLstm block = new TruncatedBlockLstm(layout, 0.5, false, w);
        SplittableRandom data = new SplittableRandom(8);
        double[] outA = new double[specs.outputs];
        double[] outB = new double[specs.outputs];
        for (int n = 0; n < 5; n++) {
            Sequence seq =
                    table9 ? SmallSequences.oneHotRandom(data, 12, 8, 4) : SmallSequences.denseRandom(data, 12, 2, 1);
            original.startSequence();
            block.startSequence();
            for (int t = 0; t < seq.length(); t++) {
                original.step(seq, t, outA, true);
                block.step(seq, t, outB, true);
                for (int k = 0; k < outA.length; k++) {
                    assertThat(outB[k]).isCloseTo(outA[k], within(1e-13));
                }
            }
            original.endSequence(true);
            block.endSequence(true);
        }
        double[] expected = toBlockLayout(original.weights(), layout);
        double[] got = block.weights();
        for (int i = 0; i < got.length; i++) {
            assertThat(got[i]).as("weight %d", i).isCloseTo(expected[i], within(1e-13));
        }
        assertThat(block.weightCount()).isEqualTo(original.weightCount());
    }

    /** The 1997 layout's hidden rows are ours; its output rows follow our (empty) peephole section. */
    static double[] toBlockLayout(double[] w1997, BlockLstmLayout layout) {
        double[] w = new double[layout.arrayLength()];
        int hidden = layout.hiddenRows() * layout.sourceWidth();
        System.arraycopy(w1997, 0, w, 0, hidden);
        System.arraycopy(w1997, hidden, w, layout.outputRowOffset(0), w1997.length - hidden);
        return w;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void perStepUpdatesChangeWeightsWithinTheSequenceAndEvaluationChangesNothing(boolean perStep) {
        BlockLstmLayout layout = new Specs(3, 2, 2, 2).peepholes(true).layout();
        double[] weights = layout.initialWeights(new SplittableRandom(2));
        TruncatedBlockLstm net = new TruncatedBlockLstm(layout, 0.5, perStep, weights);
        Sequence seq = SmallSequences.denseRandom(new SplittableRandom(4), 8, 3, 2);
        SmallSequences.present(net, seq, false);
        assertThat(net.weights()).containsExactly(weights);
        double[] out = new double[2];
        net.startSequence();
        net.step(seq, 0, out, true);
        if (perStep) {
            assertThat(net.weights()).as("step 0 has a target").isNotEqualTo(weights);
        } else {
            assertThat(net.weights()).as("changes wait for the sequence end").containsExactly(weights);
        }
        for (int t = 1; t < seq.length(); t++) {
            net.step(seq, t, out, true);
        }
        net.endSequence(true);
        assertThat(net.weights()).isNotEqualTo(weights);
        assertThat(net.diverged()).isFalse();
    }
}
