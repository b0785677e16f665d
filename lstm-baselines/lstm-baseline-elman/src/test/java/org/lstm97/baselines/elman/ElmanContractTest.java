package org.lstm97.baselines.elman;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code elman}. */
class ElmanContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new ElmanPlugin();
    }

    @Override
    protected String type() {
        return "elman";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("hiddenUnits", 4, "learningRate", 0.3);
    }
}
