package org.lstm97.baselines.peephole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.baselines.support.optim.Optimizer;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.lstm.GradientMode;
import org.lstm97.core.plugin.ParamBinder;

/** Binds {@code lstm-peephole}'s parameters from YAML values; its registration is in the learner contract. */
class PeepholePluginTest {

    @Test
    void bindsTheDefaultsWhenOnlyTheNetAndRateAreGiven() {
        PeepholeParams params = new PeepholeLearnerFactory()
                .bind(Map.of("blocks", 2, "blockSize", 2, "learningRate", 0.5), ParamBinder.Locator.NONE);
        assertThat(params).isEqualTo(PeepholeParams.of(2, 2, 0.5));
        assertThat(params.forgetGateBias()).isEqualTo(5.0);
        assertThat(params.gradient()).isEqualTo(GradientMode.TRUNCATED);
        assertThat(params.optimizer()).isEqualTo(Optimizer.SGD);
    }

    @Test
    void bindsTheOptions() {
        PeepholeParams params = new PeepholeLearnerFactory()
                .bind(
                        Map.of(
                                "blocks",
                                2,
                                "blockSize",
                                1,
                                "learningRate",
                                0.01,
                                "gradient",
                                "full",
                                "optimizer",
                                "adam",
                                "adamBeta2",
                                0.99,
                                "forgetGateBias",
                                2.0,
                                "inputGateBias",
                                List.of(-1.0, -2.0),
                                "bias",
                                "all"),
                        ParamBinder.Locator.NONE);
        assertThat(params.gradient()).isEqualTo(GradientMode.FULL);
        assertThat(params.optimizerSettings().describe())
                .isEqualTo("adam (lr 0.01, beta1 0.9, beta2 0.99, eps 1.0E-8)");
        assertThat(params.spec(3, 1).forgetGateBias()).isEqualTo(2.0);
        assertThat(params.spec(3, 1).forgetGate()).isTrue();
        assertThat(params.spec(3, 1).peepholes()).isTrue();
    }

    @Test
    void adamNeedsTheFullGradient() {
        assertThatThrownBy(() -> new PeepholeLearnerFactory()
                        .bind(
                                Map.of("blocks", 2, "blockSize", 1, "learningRate", 0.01, "optimizer", "adam"),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "key 'optimizer' for learner 'lstm-peephole': optimizer 'adam' needs gradient 'full'");
    }

    @Test
    void perStepUpdatesNeedTheTruncatedRule() {
        assertThatThrownBy(() -> new PeepholeLearnerFactory()
                        .bind(
                                Map.of(
                                        "blocks",
                                        2,
                                        "blockSize",
                                        1,
                                        "learningRate",
                                        0.5,
                                        "gradient",
                                        "full",
                                        "update",
                                        "per-step"),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("update 'per-step' needs gradient 'truncated'");
    }

    @Test
    void gateBiasesNeedOneValuePerBlockAndBiasedGates() {
        assertThatThrownBy(() -> new PeepholeLearnerFactory()
                        .bind(
                                Map.of(
                                        "blocks",
                                        2,
                                        "blockSize",
                                        1,
                                        "learningRate",
                                        0.5,
                                        "inputGateBias",
                                        List.of(-1.0)),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("inputGateBias needs one value per block (2), got 1");
        assertThatThrownBy(() -> new PeepholeLearnerFactory()
                        .bind(
                                Map.of(
                                        "blocks",
                                        1,
                                        "blockSize",
                                        1,
                                        "learningRate",
                                        0.5,
                                        "inputGateBias",
                                        List.of(-1.0),
                                        "bias",
                                        "none"),
                                ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("gate biases given but bias 'none' gives the gates no bias weight");
    }

    @Test
    void requiresTheNetAndTheRate() {
        assertThatThrownBy(() -> new PeepholeLearnerFactory()
                        .bind(Map.of("blocks", 2, "blockSize", 1), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'learningRate'");
    }
}
