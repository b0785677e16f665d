package org.lstm97.baselines.bptt;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code bptt}. */
class BpttContractTest extends LearnerContractTest {

    BpttContractTest() {
        super(
                new BpttPlugin(),
                "bptt",
                Map.of("architecture", "fully-recurrent", "hiddenUnits", 2, "learningRate", 1.0));
    }
}
