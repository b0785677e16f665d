package org.lstm97.baselines.forget;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-forget}. */
class ForgetContractTest extends LearnerContractTest {

    ForgetContractTest() {
        super(new ForgetPlugin(), "lstm-forget", Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5));
    }
}
