package org.lstm97.baselines.bptt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code bptt}'s parameters from YAML values; its registration is in the learner contract. */
class BpttPluginTest {

    @Test
    void bindsTable2DefaultsWhenOnlyTheRateIsGiven() {
        BpttParams params = new BpttLearnerFactory().bind(Map.of("learningRate", 4.0), ParamBinder.Locator.NONE);
        assertThat(params)
                .isEqualTo(new BpttParams(Architecture.LAYERED, 1, 4.0, 0.2, false, 0, WeightUpdate.SEQUENCE));
    }

    @Test
    void bindsEveryKey() {
        BpttParams params = new BpttLearnerFactory()
                .bind(
                        Map.of(
                                "architecture",
                                "fully-recurrent",
                                "hiddenUnits",
                                12,
                                "learningRate",
                                0.1,
                                "update",
                                "step",
                                "truncation",
                                5),
                        ParamBinder.Locator.NONE);
        assertThat(params.architecture()).isEqualTo(Architecture.FULLY_RECURRENT);
        assertThat(params.hiddenUnits()).isEqualTo(12);
        assertThat(params.update()).isEqualTo(WeightUpdate.STEP);
        assertThat(params.truncation()).isEqualTo(5);
    }

    @Test
    void rejectsANonPositiveRateNamingTheKey() {
        LearnerFactory<BpttParams> factory = new BpttLearnerFactory();
        assertThatThrownBy(() -> factory.bind(Map.of("learningRate", 0.0), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learningRate");
    }

    @Test
    void requiresTheRate() {
        assertThatThrownBy(() -> new BpttLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'learningRate'");
    }
}
