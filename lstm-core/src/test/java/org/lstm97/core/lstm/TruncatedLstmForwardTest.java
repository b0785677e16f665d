package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lstm97.core.api.Sequence;

/** The forward pass of a one-block net against values worked out by hand (PAPER.md §1.3, §1.4). */
class TruncatedLstmForwardTest {

    private static double sigma(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    @Test
    void oneCellNetFollowsTheExperimentalProcessingOrder() {
        // 1 input, 1 output, 1 block of 1 cell, gates biased ("ga"), connectivity F.
        // z = [x, y_c, y_in, y_out, 1]; cell row has no bias column in use.
        LstmParams p = new TestNets.P(1, 1, 0.1).build();
        LstmLayout layout = new LstmLayout(p, 1, 1);
        assertThat(layout.sourceWidth()).isEqualTo(5);
        double[] w = new double[layout.arrayLength()];
        int cell = layout.hiddenRowOffset(layout.cellUnit(0, 0));
        int in = layout.hiddenRowOffset(layout.inputGateUnit(0));
        int og = layout.hiddenRowOffset(layout.outputGateUnit(0));
        int k = layout.outputRowOffset(0);
        w[cell] = 0.5; // x -> cell
        w[cell + 1] = -0.3; // y_c -> cell
        w[in] = 0.2; // x -> in
        w[in + 2] = 0.4; // y_in -> in
        w[in + 4] = -1.0; // bias -> in
        w[og] = -0.6; // x -> out
        w[og + 4] = 0.7; // bias -> out
        w[k] = 1.5; // y_c -> output
        TruncatedLstm net = new TruncatedLstm(p, layout, w);
        Sequence seq =
                Sequence.builder(2, 1, 1).input(0, 0, 1.0).input(1, 0, -2.0).build();

        // step 0: x = 1, all previous activations 0
        double yIn0 = sigma(0.2 * 1.0 - 1.0);
        double yOut0 = sigma(-0.6 * 1.0 + 0.7);
        double s0 = yIn0 * (4 * sigma(0.5 * 1.0) - 2);
        double yC0 = yOut0 * (2 * sigma(s0) - 1);
        double y0 = sigma(1.5 * yC0); // the output reads the CURRENT cell output
        // step 1: x = -2, previous y_c = yC0, y_in = yIn0
        double yIn1 = sigma(0.2 * -2.0 + 0.4 * yIn0 - 1.0);
        double yOut1 = sigma(-0.6 * -2.0 + 0.7);
        double s1 = s0 + yIn1 * (4 * sigma(0.5 * -2.0 - 0.3 * yC0) - 2);
        double yC1 = yOut1 * (2 * sigma(s1) - 1);
        double y1 = sigma(1.5 * yC1);

        double[][] out = TestNets.run(net, seq, false);
        assertThat(out[0][0]).isCloseTo(y0, within(1e-15));
        assertThat(out[1][0]).isCloseTo(y1, within(1e-15));
        // the sequence start resets activations and states: the same outputs again
        double[][] again = TestNets.run(net, seq, false);
        assertThat(again[1][0]).isEqualTo(out[1][0]);
        assertThat(out[1][0]).isNotCloseTo(out[0][0], within(1e-3));
    }

    @Test
    void withoutOutputGateAndWithIdentityHTheCellOutputIsTheState() {
        // Exp. 2a shape: B connectivity, the output reads x and the cell; y_c = s.
        LstmParams p = TestNets.exp2a(1.0).build();
        LstmLayout layout = new LstmLayout(p, 2, 1);
        double[] w = new double[layout.arrayLength()];
        w[layout.hiddenRowOffset(layout.cellUnit(0, 0)) + 1] = 0.8; // x1 -> cell
        w[layout.hiddenRowOffset(layout.inputGateUnit(0))] = 0.3; // x0 -> in
        int k = layout.outputRowOffset(0);
        w[k] = 2.0; // cell -> output
        w[k + layout.outputInputColumn() + 1] = -0.5; // x1 -> output
        TruncatedLstm net = new TruncatedLstm(p, layout, w);
        Sequence seq = Sequence.builder(2, 2, 1).oneHot(0, 1).oneHot(1, 0).build();

        double s0 = sigma(0.0) * sigma(0.8);
        double y0 = sigma(2.0 * s0 - 0.5);
        double s1 = s0 + sigma(0.3) * sigma(0.0);
        double y1 = sigma(2.0 * s1);
        double[][] out = TestNets.run(net, seq, false);
        assertThat(out[0][0]).isCloseTo(y0, within(1e-15));
        assertThat(out[1][0]).isCloseTo(y1, within(1e-15));
    }
}
