package org.lstm97.baselines.elman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code elman}'s parameters from YAML values; its registration is in the learner contract. */
class ElmanPluginTest {

    @Test
    void bindsTable1DefaultsWhenOnlyTheRateIsGiven() {
        ElmanParams params = new ElmanLearnerFactory().bind(Map.of("learningRate", 0.1), ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(new ElmanParams(15, 0.1, 0.0, 0.2, false, 0.5));
    }

    @Test
    void bindsEveryKey() {
        ElmanParams params = new ElmanLearnerFactory()
                .bind(
                        Map.of(
                                "hiddenUnits",
                                3,
                                "learningRate",
                                0.5,
                                "momentum",
                                0.9,
                                "initRange",
                                0.5,
                                "bias",
                                true,
                                "contextInit",
                                0.0),
                        ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(new ElmanParams(3, 0.5, 0.9, 0.5, true, 0.0));
    }

    @Test
    void rejectsMomentumAboveOne() {
        assertThatThrownBy(() -> new ElmanLearnerFactory()
                        .bind(Map.of("learningRate", 0.1, "momentum", 1.5), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("momentum");
    }

    @Test
    void rejectsANonPositiveRateNamingTheKey() {
        LearnerFactory<ElmanParams> factory = new ElmanLearnerFactory();
        assertThatThrownBy(() -> factory.bind(Map.of("learningRate", 0.0), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learningRate");
    }

    @Test
    void requiresTheRate() {
        assertThatThrownBy(() -> new ElmanLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'learningRate'");
    }
}
