package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.SeededBuildContext;

class RccPluginTest {
    private static final BuildContext BUILD = new SeededBuildContext(0, 1, 2);

    @Test
    void registersTheRccLearner() {
        LearnerFactory<?> factory = Plugins.registry(List.of(new RccPlugin())).learner("rcc", Origin.of("test"));
        assertThat(factory).isInstanceOf(RccLearnerFactory.class);
        assertThat(factory.createFrom(Map.of(), BUILD)).isInstanceOf(RccLearner.class);
    }

    @Test
    void yamlDefaultsEqualTheCodeDefaults() {
        assertThat(new RccLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE)).isEqualTo(RccParams.defaults());
    }

    @Test
    void rejectsAnEmptyCandidatePool() {
        assertThatThrownBy(() -> new RccLearnerFactory().bind(Map.of("candidates", 0), ParamBinder.Locator.NONE))
                .hasMessageContaining("candidates");
    }
}
