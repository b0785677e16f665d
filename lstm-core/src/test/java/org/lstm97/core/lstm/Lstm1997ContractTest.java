package org.lstm97.core.lstm;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm1997}. */
class Lstm1997ContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new LstmPlugin();
    }

    @Override
    protected String type() {
        return Lstm1997Factory.TYPE;
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5);
    }
}
