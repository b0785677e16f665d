package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.ParamBinder;

class RccPluginTest {

    @Test
    void yamlDefaultsEqualTheCodeDefaults() {
        assertThat(new RccLearnerFactory().bind(Map.of(), ParamBinder.Locator.NONE))
                .isEqualTo(RccParams.defaults());
    }

    @Test
    void rejectsAnEmptyCandidatePool() {
        assertThatThrownBy(() -> new RccLearnerFactory().bind(Map.of("candidates", 0), ParamBinder.Locator.NONE))
                .hasMessageContaining("candidates");
    }
}
