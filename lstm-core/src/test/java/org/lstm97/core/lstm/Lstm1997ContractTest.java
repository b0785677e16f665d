package org.lstm97.core.lstm;

import java.util.Map;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm1997}. */
class Lstm1997ContractTest extends LearnerContractTest {

    Lstm1997ContractTest() {
        super(new LstmPlugin(), Lstm1997Factory.TYPE, Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5));
    }
}
