package org.lstm97.baselines.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The paper's "# weights" columns follow from the two layouts. */
class TopologyTest {

    @ParameterizedTest(name = "Table 2, p = {0}: {1} weights")
    @CsvSource({"4, 36", "10, 144", "100, 10404"})
    void layeredNetWithOneHiddenUnitHasTable2WeightCounts(int p, int weights) {
        assertThat(Topology.layered(p + 1, 1, p + 1, false).weightCount()).isEqualTo(weights);
    }

    @ParameterizedTest(name = "Table 1, {0} hidden units: {1} weights")
    @CsvSource({"3, 170", "12, 494"})
    void fullyRecurrentNetHasTable1WeightEstimates(int hidden, int weights) {
        assertThat(Topology.fullyRecurrent(7, hidden, 7, false).weightCount()).isEqualTo(weights);
    }

    @Test
    void biasAddsOneWeightPerUnit() {
        assertThat(Topology.layered(5, 1, 5, true).weightCount()).isEqualTo(36 + 6);
        assertThat(Topology.fullyRecurrent(7, 3, 7, true).weightCount()).isEqualTo(170 + 10);
    }

    @Test
    void rejectsEmptyLayers() {
        assertThatThrownBy(() -> Topology.layered(0, 1, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inputs >= 1");
    }
}
