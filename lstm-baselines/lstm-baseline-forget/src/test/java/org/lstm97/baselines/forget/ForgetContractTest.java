package org.lstm97.baselines.forget;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code lstm-forget}. */
class ForgetContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new ForgetPlugin();
    }

    @Override
    protected String type() {
        return "lstm-forget";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.5);
    }
}
