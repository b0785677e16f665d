package org.lstm97.baselines.chunker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.random.Seeds;

class ChunkerPluginTest {

    @Test
    void yamlDefaultsEqualTheCodeDefaults() {
        assertThat(new ChunkerLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isEqualTo(ChunkerParams.defaults());
    }

    @Test
    void countsWeightsLikeTable2WhenPredictingTheHiddenUnitOnly() {
        ChunkerParams hiddenOnly =
                new ChunkerLearnerFactory().bind(Map.of("chunkerState", "hidden"), ParamBinder.Locator.NONE);
        ChunkerLearner learner = new ChunkerLearner(hiddenOnly);
        assertThat(learner.createNetwork(101, 101, Seeds.stream(1)).weightCount())
                .isEqualTo(10_506);
    }

    @Test
    void refusesTasksThatAreNotNextSymbolPrediction() {
        ChunkerLearner learner = new ChunkerLearner(ChunkerParams.defaults());
        assertThatThrownBy(() -> learner.createNetwork(1, 2, Seeds.stream(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inputSize == outputSize");
    }
}
