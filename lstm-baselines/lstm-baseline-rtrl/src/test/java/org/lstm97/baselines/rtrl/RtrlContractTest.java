package org.lstm97.baselines.rtrl;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code rtrl}. */
class RtrlContractTest extends LearnerContractTest {

    RtrlContractTest() {
        super(
                new RtrlPlugin(),
                "rtrl",
                Map.of("architecture", "fully-recurrent", "hiddenUnits", 2, "learningRate", 1.0));
    }
}
