package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.plugin.ParamException;

/**
 * {@code inputGateBiasRange} (PAPER.md U5): the random input-gate biases of Exp. 1 drawn from a range of their own
 * (Table 10's caption: [−0.1, 0.1]) instead of the init range of every other weight (the text: [−0.2, 0.2]).
 */
class InputGateBiasRangeTest {

    /** Table 1's 3 × 2 net: 7 in, 7 out, gates biased, output-gate biases given, weights in [−0.2, 0.2]. */
    private static TestNets.P table1() {
        TestNets.P p = new TestNets.P(3, 2, 0.5);
        p.initRange = 0.2;
        p.outputGateBias = List.of(-1.0, -2.0, -3.0);
        return p;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 1997})
    void onlyTheInputGateBiasesMoveAndTheyStayInTheirRange(long seed) {
        TestNets.P literal = table1();
        TestNets.P ranged = table1();
        ranged.inputGateBiasRange = 0.1;
        LstmLayout layout = new LstmLayout(literal.build(), 7, 7);
        double[] before = layout.initialWeights(literal.build(), new SplittableRandom(seed));
        double[] after = layout.initialWeights(ranged.build(), new SplittableRandom(seed));

        List<Integer> biases = List.of(0, 1, 2).stream()
                .map(j -> layout.hiddenRowOffset(layout.inputGateUnit(j)) + layout.biasColumn())
                .toList();
        int moved = 0;
        for (int i = 0; i < before.length; i++) {
            if (biases.contains(i)) {
                assertThat(after[i]).as("input-gate bias at " + i).isBetween(-0.1, 0.1);
                moved += after[i] != before[i] ? 1 : 0;
            } else {
                assertThat(after[i]).as("weight " + i).isEqualTo(before[i]);
            }
        }
        assertThat(moved).as("fresh draws, not the old values").isEqualTo(3);
        assertThat(after[layout.hiddenRowOffset(layout.outputGateUnit(2)) + layout.biasColumn()])
                .isEqualTo(-3.0);
    }

    @Test
    void theBiasesAreTheNextDrawsOfTheInitStreamInBlockOrder() {
        TestNets.P ranged = table1();
        ranged.inputGateBiasRange = 0.1;
        LstmParams p = ranged.build();
        LstmLayout layout = new LstmLayout(p, 7, 7);
        SplittableRandom stream = new SplittableRandom(5);
        double[] w = layout.initialWeights(p, stream);
        SplittableRandom replay = new SplittableRandom(5);
        for (int i = 0; i < w.length; i++) {
            if (layout.isWeight(i)) {
                org.lstm97.core.random.Draws.uniform(replay, -0.2, 0.2);
            }
        }
        for (int j = 0; j < 3; j++) {
            assertThat(w[layout.hiddenRowOffset(layout.inputGateUnit(j)) + layout.biasColumn()])
                    .isEqualTo(org.lstm97.core.random.Draws.uniform(replay, -0.1, 0.1));
        }
    }

    @Test
    void absentItChangesNothing() {
        TestNets.P p = table1();
        assertThat(p.build().inputGateBiasRange()).isNull();
        assertThat(p.build()).isEqualTo(table1().build());
        LstmParams defaults = LstmParams.of(3, 2, 0.5);
        assertThat(defaults.inputGateBiasRange()).isNull();
    }

    @Test
    void itCannotBeGivenWithBiasValuesOrWithoutGateBiases() {
        TestNets.P both = table1();
        both.inputGateBiasRange = 0.1;
        both.inputGateBias = List.of(-1.0, -2.0, -3.0);
        assertThatThrownBy(both::build)
                .isInstanceOf(ParamException.class)
                .hasMessage("inputGateBiasRange draws the input-gate biases that inputGateBias gives; give one of them")
                .extracting(e -> ((ParamException) e).key())
                .isEqualTo("inputGateBiasRange");
        TestNets.P unbiased = new TestNets.P(2, 1, 0.5);
        unbiased.bias = BiasUnits.NONE;
        unbiased.inputGateBiasRange = 0.1;
        assertThatThrownBy(unbiased::build)
                .isInstanceOf(ParamException.class)
                .hasMessage("inputGateBiasRange given but bias 'none' gives the gates no bias weight");
        TestNets.P negative = table1();
        negative.inputGateBiasRange = -0.1;
        assertThatThrownBy(negative::build)
                .isInstanceOf(ParamException.class)
                .hasMessage("inputGateBiasRange must be in [0, 100], got -0.1");
    }

    @Test
    void theLearnerHasNoLaneObstacleForIt() {
        TestNets.P ranged = table1();
        ranged.inputGateBiasRange = 0.1;
        assertThat(new Lstm1997Learner(ranged.build()).laneObstacle()).isNull();
    }
}
