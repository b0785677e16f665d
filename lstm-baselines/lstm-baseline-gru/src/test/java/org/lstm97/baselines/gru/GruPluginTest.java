package org.lstm97.baselines.gru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code gru}'s parameters from YAML values; its registration is in the learner contract. */
class GruPluginTest {

    @Test
    void bindsTheDefaults() {
        GruParams params =
                new GruLearnerFactory().bind(Map.of("hiddenUnits", 4, "learningRate", 0.5), ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(GruParams.of(4, 0.5));
        assertThat(params.optimizer()).isEqualTo(Optimizer.SGD);
        assertThat(params.bias()).isTrue();
        assertThat(params.updateGateBias()).isNull();
    }

    @Test
    void anUpdateGateBiasGivesTheUpdateGatesABiasEvenWithoutOthers() {
        GruParams p = new GruLearnerFactory()
                .bind(
                        Map.of("hiddenUnits", 2, "learningRate", 0.5, "bias", false, "updateGateBias", 2.0),
                        ParamBinder.Locator.NONE);
        GruNetwork net = (GruNetwork) new GruLearner(p).createNetwork(3, 1, new java.util.SplittableRandom(1));
        GruLayout l = net.layout();
        assertThat(net.weights()[l.updateRow(1) + l.width - 1]).isEqualTo(2.0);
        assertThat(net.weights()[l.resetRow(1) + l.width - 1]).isEqualTo(0.0);
        assertThat(net.weightCount()).isEqualTo(3 * 2 * (3 + 2) + 2 + 1 * 2);
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertThatThrownBy(() -> new GruLearnerFactory()
                        .bind(Map.of("hiddenUnits", 0, "learningRate", 0.5), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'hiddenUnits' for learner 'gru': hiddenUnits must be >= 1, got 0");
        assertThatThrownBy(() -> new GruLearnerFactory()
                        .bind(
                                Map.of("hiddenUnits", 2, "learningRate", 0.5, "optimizer", "adam", "adamEpsilon", 0.0),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("adamEpsilon must be > 0, got 0");
    }
}
