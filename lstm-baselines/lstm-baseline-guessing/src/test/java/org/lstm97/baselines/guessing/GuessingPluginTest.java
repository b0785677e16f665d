package org.lstm97.baselines.guessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.ParamException;

class GuessingPluginTest {

    @Test
    void defaultsAreThePapersSettings() {
        GuessingParams p = new GuessingLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE);
        assertThat(p.weightRange()).isEqualTo(100.0);
        assertThat(p.hidden()).isEqualTo(1);
        assertThat(p.architecture()).isEqualTo(Architecture.A1);
        assertThat(p.activation()).isEqualTo(Activation.LOGISTIC);
        assertThat(p.screeningSetSize()).isEqualTo(100);
        assertThat(p.stopRuleFeed()).isEqualTo(StopRuleFeed.EVERY_SEQUENCE);
    }

    @Test
    void bindsYamlNames() {
        GuessingParams p = new GuessingLearnerFactory()
                .bind(
                        Map.of("architecture", "a2", "activation", "tanh", "stopRuleFeed", "passing-guess"),
                        ParamBinder.Locator.NONE);
        assertThat(p.architecture()).isEqualTo(Architecture.A2);
        assertThat(p.activation()).isEqualTo(Activation.TANH);
        assertThat(p.stopRuleFeed()).isEqualTo(StopRuleFeed.PASSING_GUESS);
    }

    @Test
    void rejectsANonPositiveWeightRange() {
        assertThatThrownBy(() -> new GuessingParams(
                        1,
                        Architecture.A1,
                        true,
                        true,
                        Activation.LOGISTIC,
                        0.0,
                        100,
                        true,
                        StopRuleFeed.EVERY_SEQUENCE))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("weightRange");
    }
}
