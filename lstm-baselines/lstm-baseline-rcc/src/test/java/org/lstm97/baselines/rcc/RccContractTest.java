package org.lstm97.baselines.rcc;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code rcc}. */
class RccContractTest extends LearnerContractTest {

    RccContractTest() {
        super(new RccPlugin(), "rcc", Map.of());
    }
}
