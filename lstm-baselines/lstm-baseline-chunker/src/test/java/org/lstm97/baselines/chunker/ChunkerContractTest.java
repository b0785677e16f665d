package org.lstm97.baselines.chunker;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code chunker}. */
class ChunkerContractTest extends LearnerContractTest {

    ChunkerContractTest() {
        super(new ChunkerPlugin(), "chunker", Map.of());
    }
}
