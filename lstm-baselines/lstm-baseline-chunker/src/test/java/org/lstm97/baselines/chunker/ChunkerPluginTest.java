package org.lstm97.baselines.chunker;

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
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.GradientLearner;
import org.lstm97.core.plugin.SeededBuildContext;

class ChunkerPluginTest {
    private static final BuildContext BUILD = new SeededBuildContext(0, 1, 2);

    @Test
    void registersTheChunker() {
        LearnerFactory<?> factory = Plugins.registry(List.of(new ChunkerPlugin()))
                .learner("chunker", Origin.of("test"));
        assertThat(factory).isInstanceOf(ChunkerLearnerFactory.class);
        assertThat(factory.createFrom(Map.of(), BUILD)).isInstanceOf(GradientLearner.class);
    }

    @Test
    void yamlDefaultsEqualTheCodeDefaults() {
        assertThat(new ChunkerLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isEqualTo(ChunkerParams.defaults());
    }

    @Test
    void countsWeightsLikeTable2WhenPredictingTheHiddenUnitOnly() {
        ChunkerParams hiddenOnly = new ChunkerLearnerFactory().bind(Map.of("chunkerState", "hidden"),
                ParamBinder.Locator.NONE);
        ChunkerLearner learner = new ChunkerLearner(hiddenOnly);
        assertThat(learner.createNetwork(101, 101, Seeds.stream(1)).weightCount()).isEqualTo(10_506);
    }

    @Test
    void refusesTasksThatAreNotNextSymbolPrediction() {
        ChunkerLearner learner = new ChunkerLearner(ChunkerParams.defaults());
        assertThatThrownBy(() -> learner.createNetwork(1, 2, Seeds.stream(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inputSize == outputSize");
    }
}
