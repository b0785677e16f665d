package org.lstm97.baselines.bptt;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code bptt}. */
class BpttContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new BpttPlugin();
    }

    @Override
    protected String type() {
        return "bptt";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("architecture", "fully-recurrent", "hiddenUnits", 2, "learningRate", 1.0);
    }
}
