package org.lstm97.baselines.gru;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code gru}. */
class GruContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new GruPlugin();
    }

    @Override
    protected String type() {
        return "gru";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("hiddenUnits", 2, "learningRate", 0.5);
    }
}
