package org.lstm97.baselines.vanilla;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-vanilla}. */
class VanillaContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new VanillaPlugin();
    }

    @Override
    protected String type() {
        return "lstm-vanilla";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("cells", 2, "learningRate", 0.5);
    }
}
