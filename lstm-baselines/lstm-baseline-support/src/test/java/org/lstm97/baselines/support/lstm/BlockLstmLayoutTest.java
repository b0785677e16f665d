package org.lstm97.baselines.support.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstm97.core.lstm.BiasUnits;
import org.lstm97.core.lstm.Connectivity;

/**
 * Weight counts of the paper's net shapes: without forget gates and peepholes the layout is the 1997 net (Table 10
 * "w"); each later change adds what it must.
 */
class BlockLstmLayoutTest {

    @Test
    void withoutForgetGatesAndPeepholesTheCountsAreThePapers() {
        // Table 9, 6a: 8 in, 4 out, 2 blocks of 2, all biased: 156; 6b: 3 blocks, 8 out: 308
        assertThat(new Specs(8, 4, 2, 2).forget(false).layout().weightCount()).isEqualTo(156);
        assertThat(new Specs(8, 8, 3, 2).forget(false).layout().weightCount()).isEqualTo(308);
        // Table 7: 2 in, 1 out, 2 blocks of 2, all biased: 93
        assertThat(new Specs(2, 1, 2, 2).forget(false).layout().weightCount()).isEqualTo(93);
        // Table 1: 7 in, 7 out, gates biased: 4x1 -> 264, 3x2 -> 276
        assertThat(new Specs(7, 7, 4, 1)
                        .forget(false)
                        .bias(BiasUnits.GA)
                        .layout()
                        .weightCount())
                .isEqualTo(264);
        assertThat(new Specs(7, 7, 3, 2)
                        .forget(false)
                        .bias(BiasUnits.GA)
                        .layout()
                        .weightCount())
                .isEqualTo(276);
        // Tables 4-6: 1 in, 1 out, 3 blocks of 1, b1: 102
        assertThat(new Specs(1, 1, 3, 1)
                        .forget(false)
                        .bias(BiasUnits.B1)
                        .layout()
                        .weightCount())
                .isEqualTo(102);
        // Table 3: p+4 in, 2 out, 2 blocks of 1, no bias: q = p = 50 -> 364, 1000 -> 6064
        assertThat(new Specs(54, 2, 2, 1)
                        .forget(false)
                        .bias(BiasUnits.NONE)
                        .layout()
                        .weightCount())
                .isEqualTo(364);
        assertThat(new Specs(1004, 2, 2, 1)
                        .forget(false)
                        .bias(BiasUnits.NONE)
                        .layout()
                        .weightCount())
                .isEqualTo(6064);
        // Table 2 (2a): 101 in, 101 out, 1 cell, connectivity B, no output gate, no bias: 10504
        assertThat(new Specs(101, 101, 1, 1)
                        .forget(false)
                        .outputGates(false)
                        .connectivity(Connectivity.B)
                        .bias(BiasUnits.NONE)
                        .layout()
                        .weightCount())
                .isEqualTo(10504);
    }

    @Test
    void aForgetGateAddsABiasedRowPerBlockAndARecurrentSourceToEveryRow() {
        // 6a: 10 hidden rows of 8 + 10 + 1 = 19 columns, outputs 4 x 5
        assertThat(new Specs(8, 4, 2, 2).layout().weightCount()).isEqualTo(10 * 19 + 4 * 5);
        // Table 7: 10 rows of 13, one output of 5
        assertThat(new Specs(2, 1, 2, 2).layout().weightCount()).isEqualTo(135);
        // Table 3 without biases: the forget gates still have theirs (2 of them)
        assertThat(new Specs(54, 2, 2, 1).bias(BiasUnits.NONE).layout().weightCount())
                .isEqualTo(6 * (54 + 8) + 2 * (54 + 8 + 1) + 2 * 2);
    }

    @Test
    void peepholesAddOneWeightPerCellAndGate() {
        assertThat(new Specs(2, 1, 2, 2).peepholes(true).layout().weightCount()).isEqualTo(135 + 3 * 4);
        assertThat(new Specs(2, 1, 2, 2).peepholes(true).forget(false).layout().weightCount())
                .isEqualTo(93 + 2 * 4);
        assertThat(new Specs(2, 1, 2, 2)
                        .peepholes(true)
                        .outputGates(false)
                        .layout()
                        .weightCount())
                .isEqualTo(8 * 11 + 5 + 2 * 4);
    }

    @Test
    void cellOutputRecurrenceIsGreffsVanillaShape() {
        // Table 7 as 4 single-cell blocks reading only the 4 cell outputs: 16 rows of 2 + 4 + 1, 12 peepholes, 5
        Specs vanilla = new Specs(2, 1, 4, 1)
                .peepholes(true)
                .recurrence(Recurrence.CELL_OUTPUTS)
                .squash(Squash.TANH, Squash.TANH);
        assertThat(vanilla.layout().weightCount()).isEqualTo(16 * 7 + 12 + 5);
    }

    @Test
    void isWeightCountsTheWeightsAndGateBiasesOverwriteTheDrawnOnes() {
        Specs spec = new Specs(3, 2, 2, 2).peepholes(true).bias(BiasUnits.GA);
        spec.inputGateBias = List.of(-1.0, -2.0);
        spec.outputGateBias = List.of(-3.0, -4.0);
        spec.forgetGateBias = 2.5;
        BlockLstmLayout layout = spec.layout();
        int counted = 0;
        for (int i = 0; i < layout.arrayLength(); i++) {
            counted += layout.isWeight(i) ? 1 : 0;
        }
        assertThat(counted).isEqualTo(layout.weightCount());
        double[] w = layout.initialWeights(new SplittableRandom(1));
        int bias = layout.sourceWidth() - 1;
        assertThat(w[layout.hiddenRowOffset(layout.inputGateUnit(1)) + bias]).isEqualTo(-2.0);
        assertThat(w[layout.hiddenRowOffset(layout.outputGateUnit(0)) + bias]).isEqualTo(-3.0);
        assertThat(w[layout.hiddenRowOffset(layout.forgetGateUnit(1)) + bias]).isEqualTo(2.5);
        assertThat(w[layout.hiddenRowOffset(layout.cellUnit(0, 1)) + bias])
                .as("cells have no bias under ga")
                .isEqualTo(0.0);
        for (int i = 0; i < w.length; i++) {
            if (!layout.isWeight(i)) {
                assertThat(w[i]).isEqualTo(0.0);
            }
        }
    }
}
