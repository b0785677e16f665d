package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstm97.core.run.ExperimentRunner;
import org.lstm97.core.run.TrialSpec;
import org.lstm97.core.testkit.ToyExperiments;

/**
 * {@code seedsOf}: a variant whose rows take the trial seeds of another variant's rows (same grid label), so both
 * see the same training sequences at the same trial index. Absent, nothing changes: seeds and hashes of rows
 * without it are those of a file without the key.
 */
class SeedsOfTest {
    private static final String TWO_GRIDS = """
            experiment: toy
            table: "0"
            seed: 42
            trials: 3
            budget: 5000
            task:
              type: toy-sign
            stop:
              type: toy-streak
              k: 20
            variants:
              - name: base
                grid:
                  learner.learningRate: [1.0, 2.0]
                learner: {type: toy-unit}
              - name: later
                seedsOf: base
                grid:
                  learner.learningRate: [1.0, 2.0]
                learner: {type: toy-unit, initRange: 0.3}
              - name: own
                learner: {type: toy-unit, learningRate: 1.0}
            """;

    @Test
    void rowsWithSeedsOfTakeTheSeedsOfTheRowWithTheSameGridLabel() {
        List<RowSpec> rows = ToyExperiments.load(TWO_GRIDS, "paper").rows();
        RowSpec base = rows.get(0);
        RowSpec later = rows.get(2);
        assertThat(later.row()).isEqualTo("later@learningRate=1.0");
        assertThat(later.seedRow()).isEqualTo("base@learningRate=1.0");
        assertThat(rows.get(3).seedRow()).isEqualTo("base@learningRate=2.0");
        for (int trial = 0; trial < 3; trial++) {
            assertThat(new TrialSpec(later, trial, "paper").seed())
                    .isEqualTo(new TrialSpec(base, trial, "paper").seed());
        }
        assertThat(new TrialSpec(later, 0, "paper").seed()).isNotEqualTo(new TrialSpec(later, 1, "paper").seed());
        assertThat(new TrialSpec(rows.get(4), 0, "paper").seed()).isNotEqualTo(new TrialSpec(base, 0, "paper").seed());
        assertThat(rows.get(4).seedRow()).isNull();
        assertThat(ExperimentRunner.experimentJson(ToyExperiments.load(TWO_GRIDS, "paper")))
                .contains("\"seedsOf\" : \"base@learningRate=1.0\"");
    }

    @Test
    void aFileWithoutSeedsOfKeepsItsSeedsAndHashes() {
        List<RowSpec> without =
                ToyExperiments.load(ToyExperiments.YAML, "paper").rows();
        assertThat(without).allMatch(r -> r.seedRow() == null && r.seedName().equals(r.row()));
        String withKey = ToyExperiments.YAML.replace("  - name: fast\n", "  - name: fast\n    seedsOf: slow\n");
        List<RowSpec> with = ToyExperiments.load(withKey, "paper").rows();
        assertThat(with.get(0).configHash()).isEqualTo(without.get(0).configHash());
        assertThat(with.get(1).configHash())
                .as("borrowed seeds change the result, so the hash")
                .isNotEqualTo(without.get(1).configHash());
        assertThat(new TrialSpec(without.get(1), 0, "paper").seed())
                .isEqualTo(org.lstm97.core.random.Seeds.derive(42, "toy", "fast@learningRate=1.0", "0"));
    }

    @Test
    void seedsOfMustNameAnotherVariantOfTheFile() {
        assertThatThrownBy(() -> ToyExperiments.load(TWO_GRIDS.replace("seedsOf: base", "seedsOf: bse"), "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("toy.yaml:17: key 'seedsOf': unknown variant 'bse'; known: base, later, own");
        assertThatThrownBy(() -> ToyExperiments.load(TWO_GRIDS.replace("seedsOf: base", "seedsOf: later"), "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("toy.yaml:17: key 'seedsOf' of variant 'later' names the variant itself");
    }
}
