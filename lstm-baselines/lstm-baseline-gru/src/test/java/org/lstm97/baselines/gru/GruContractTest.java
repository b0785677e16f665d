package org.lstm97.baselines.gru;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code gru}. */
class GruContractTest extends LearnerContractTest {

    GruContractTest() {
        super(new GruPlugin(), "gru", Map.of("hiddenUnits", 2, "learningRate", 0.5));
    }
}
