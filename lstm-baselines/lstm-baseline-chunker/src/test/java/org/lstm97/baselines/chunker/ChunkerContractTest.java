package org.lstm97.baselines.chunker;

import java.util.Map;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.testkit.LearnerContractTest;

/** The learner contract for {@code chunker}. */
class ChunkerContractTest extends LearnerContractTest {

    @Override
    protected PluginModule plugin() {
        return new ChunkerPlugin();
    }

    @Override
    protected String type() {
        return "chunker";
    }

    @Override
    protected Map<String, ?> values() {
        return Map.of();
    }
}
