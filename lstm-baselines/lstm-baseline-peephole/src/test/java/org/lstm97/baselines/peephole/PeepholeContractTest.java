package org.lstm97.baselines.peephole;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-peephole}. */
class PeepholeContractTest extends LearnerContractTest {

    PeepholeContractTest() {
        super(new PeepholePlugin(), "lstm-peephole", Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5));
    }
}
