package org.lstm97.baselines.guessing;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code guessing}. */
class GuessingContractTest extends LearnerContractTest {

    GuessingContractTest() {
        super(new GuessingPlugin(), "guessing", Map.of());
    }
}
