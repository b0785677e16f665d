package org.lstm97.experiments.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;

/** Every paper table has its experiment file, and each validates in both profiles. */
class PaperFilesTest {
    static final List<String> FILES = List.of(
            "table1-embedded-reber",
            "table2-noise-free-lag",
            "table3-very-long-lag",
            "table4-two-sequence",
            "table5-two-sequence-input-noise",
            "table6-two-sequence-target-noise",
            "table7-adding",
            "table8-multiplication",
            "table9-temporal-order");

    @ParameterizedTest
    @ValueSource(strings = {"paper", "quick"})
    void everyFileValidates(String profile) {
        for (String file : FILES) {
            ExperimentSpec spec = PaperFiles.load(file, profile);
            assertThat(spec.name()).isEqualTo(file);
            assertThat(spec.rows()).isNotEmpty();
            for (RowSpec row : spec.rows()) {
                if (profile.equals("paper") && row.learner().type().equals("lstm1997")) {
                    assertThat(row.paper()).as(file + " " + row.row()).containsKey("successAfter");
                }
            }
        }
    }
}
