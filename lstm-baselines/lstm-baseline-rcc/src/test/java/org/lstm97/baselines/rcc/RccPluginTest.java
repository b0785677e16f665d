package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.random.Seeds;

class RccPluginTest {
    private static final BuildContext BUILD = new BuildContext() {
        @Override
        public int trialIndex() {
            return 0;
        }

        @Override
        public RandomGenerator random(String name) {
            return Seeds.stream(1, name);
        }

        @Override
        public RandomGenerator sharedRandom(String name) {
            return Seeds.stream(2, name);
        }
    };

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
