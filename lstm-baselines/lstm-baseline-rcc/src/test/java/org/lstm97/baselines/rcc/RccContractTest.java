package org.lstm97.baselines.rcc;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code rcc}. */
class RccContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new RccPlugin();
    }

    @Override
    protected String type() {
        return "rcc";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of();
    }
}
