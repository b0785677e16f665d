package org.lstm97.baselines.vanilla;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-vanilla}. */
class VanillaContractTest extends LearnerContractTest {

    VanillaContractTest() {
        super(new VanillaPlugin(), "lstm-vanilla", Map.of("cells", 2, "learningRate", 0.5));
    }
}
