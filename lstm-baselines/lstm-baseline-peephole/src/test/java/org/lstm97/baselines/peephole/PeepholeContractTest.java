package org.lstm97.baselines.peephole;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-peephole}. */
class PeepholeContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new PeepholePlugin();
    }

    @Override
    protected String type() {
        return "lstm-peephole";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5);
    }
}
