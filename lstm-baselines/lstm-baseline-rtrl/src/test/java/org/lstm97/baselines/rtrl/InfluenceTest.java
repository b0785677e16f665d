package org.lstm97.baselines.rtrl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.Topology;

/** RTRL keeps sensitivities only for the weights that can influence a unit. */
class InfluenceTest {

    @Test
    void layeredOutputsAreInfluencedOnlyByTheHiddenLayerAndThemselves() {
        Topology top = Topology.layered(3, 1, 3, false);
        // unit 0 hidden, units 1..3 outputs
        assertThat(influence(top, 0)).containsExactly(0);
        assertThat(influence(top, 2)).containsExactly(0, 2);
    }

    @Test
    void fullyRecurrentUnitsAreInfluencedByEveryUnit() {
        Topology top = Topology.fullyRecurrent(2, 1, 2, false);
        assertThat(influence(top, 1)).containsExactly(0, 1, 2);
    }

    private static int[] influence(Topology top, int k) {
        Influence influence = Influence.of(top);
        return Arrays.copyOfRange(influence.units, influence.start[k], influence.start[k + 1]);
    }
}
