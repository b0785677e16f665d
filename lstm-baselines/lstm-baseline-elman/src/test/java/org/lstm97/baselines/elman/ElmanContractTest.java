package org.lstm97.baselines.elman;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code elman}. */
class ElmanContractTest extends LearnerContractTest {

    ElmanContractTest() {
        super(new ElmanPlugin(), "elman", Map.of("hiddenUnits", 4, "learningRate", 0.3));
    }
}
