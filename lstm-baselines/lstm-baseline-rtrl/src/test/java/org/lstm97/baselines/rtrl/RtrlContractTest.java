package org.lstm97.baselines.rtrl;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code rtrl}. */
class RtrlContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new RtrlPlugin();
    }

    @Override
    protected String type() {
        return "rtrl";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("architecture", "fully-recurrent", "hiddenUnits", 2, "learningRate", 1.0);
    }
}
