package org.lstm97.baselines.vanilla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.lstm.Recurrence;
import org.lstm97.baselines.support.lstm.Squash;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code lstm-vanilla}'s parameters from YAML values; its registration is in the learner contract. */
class VanillaPluginTest {

    @Test
    void bindsGreffsDefaults() {
        VanillaParams params =
                new VanillaLearnerFactory().bind(Map.of("cells", 4, "learningRate", 0.5), ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(VanillaParams.of(4, 0.5));
        assertThat(params.g()).isEqualTo(Squash.TANH);
        assertThat(params.spec(2, 1).recurrence()).isEqualTo(Recurrence.CELL_OUTPUTS);
        assertThat(params.spec(2, 1).peepholes()).isTrue();
        assertThat(params.spec(2, 1).forgetGate()).isTrue();
        assertThat(params.spec(2, 1).blockSize()).isEqualTo(1);
    }

    @Test
    void gateBiasesNeedOneValuePerCell() {
        assertThatThrownBy(() -> new VanillaLearnerFactory()
                        .bind(
                                Map.of("cells", 2, "learningRate", 0.5, "inputGateBias", List.of(-1.0, -2.0, -3.0)),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("inputGateBias needs one value per cell (2), got 3");
    }

    @Test
    void adamParametersAreChecked() {
        assertThatThrownBy(() -> new VanillaLearnerFactory()
                        .bind(
                                Map.of("cells", 2, "learningRate", 0.01, "optimizer", "adam", "adamBeta1", 1.5),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "key 'adamBeta1' for learner 'lstm-vanilla': adamBeta1 must be in [0, 1), got 1.5");
    }
}
