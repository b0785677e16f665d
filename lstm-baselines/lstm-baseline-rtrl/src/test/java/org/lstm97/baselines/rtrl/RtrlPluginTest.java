package org.lstm97.baselines.rtrl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.Architecture;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code rtrl}'s parameters from YAML values; its registration is in the learner contract. */
class RtrlPluginTest {

    @Test
    void bindsTable2DefaultsWhenOnlyTheRateIsGiven() {
        RtrlParams params = new RtrlLearnerFactory().bind(Map.of("learningRate", 4.0), ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(new RtrlParams(Architecture.LAYERED, 1, 4.0, 0.2, false, WeightUpdate.STEP));
    }

    @Test
    void bindsTable1Row() {
        RtrlParams params = new RtrlLearnerFactory()
                .bind(
                        Map.of(
                                "architecture",
                                "fully-recurrent",
                                "hiddenUnits",
                                12,
                                "learningRate",
                                0.1,
                                "update",
                                "sequence"),
                        ParamBinder.Locator.NONE);
        assertThat(params.architecture()).isEqualTo(Architecture.FULLY_RECURRENT);
        assertThat(params.hiddenUnits()).isEqualTo(12);
        assertThat(params.update()).isEqualTo(WeightUpdate.SEQUENCE);
    }

    @Test
    void rejectsANonPositiveRateNamingTheKey() {
        LearnerFactory<RtrlParams> factory = new RtrlLearnerFactory();
        assertThatThrownBy(() -> factory.bind(Map.of("learningRate", 0.0), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("learningRate");
    }

    @Test
    void requiresTheRate() {
        assertThatThrownBy(() -> new RtrlLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'learningRate'");
    }
}
