package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.testkit.ToyExperiments;

class ExperimentLoaderTest {

    @Test
    void expandsVariantsAndGridIntoRowsInFileOrder() {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML, "paper");
        assertThat(spec.rows()).extracting(RowSpec::row)
                .containsExactly("slow", "fast@learningRate=1.0", "fast@learningRate=2.0");
        assertThat(spec.rows().get(1).learner().params()).containsEntry("learningRate", 1.0)
                .containsEntry("initRange", 0.1);
        assertThat(spec.rows().get(0).paper()).containsEntry("successAfter", 100L);
        assertThat(spec.trialCount()).isEqualTo(9);
    }

    @Test
    void profileOverridesFields() {
        assertThat(ToyExperiments.load(ToyExperiments.YAML, "quick").rows()).allMatch(r -> r.trials() == 2);
    }

    @Test
    void configHashIgnoresTrialsButNotParameters() {
        List<RowSpec> paper = ToyExperiments.load(ToyExperiments.YAML, "paper").rows();
        List<RowSpec> quick = ToyExperiments.load(ToyExperiments.YAML, "quick").rows();
        assertThat(paper.get(0).configHash()).isEqualTo(quick.get(0).configHash());
        assertThat(paper.get(1).configHash()).isNotEqualTo(paper.get(2).configHash());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown learner | type: toy-unit\\n | type: lstmx\\n | toy.yaml:15: unknown learner 'lstmx'; known: toy-unit",
        "misspelt key | learningRate: 0.1 | lerningRate: 0.1 | toy.yaml:16: unknown key 'lerningRate' for learner 'toy-unit'; valid keys: learningRate, initRange",
        "wrong type | learningRate: 0.1 | learningRate: fast | toy.yaml:16: key 'learningRate' for learner 'toy-unit' must be a number, got 'fast'",
        "out of range | learningRate: 0.1 | learningRate: -1.0 | toy.yaml:16: key 'learningRate' for learner 'toy-unit': learningRate must be > 0, got -1",
        "zero trials | trials: 3 | trials: 0 | toy.yaml:5: key 'trials' must be >= 1, got 0",
        "escaping name | experiment: toy | experiment: ../evil | toy.yaml:1: key 'experiment' must be a simple name (letters, digits, '.', '_', '-'; at most 100), got '../evil'",
        "unknown top key | title: Toy experiment | titel: Toy | toy.yaml:3: unknown key 'titel' in experiment file; valid keys: experiment, table, title, description, seed, trials, budget, task, stop, evaluation, variants, profiles",
        "unknown stop rule | type: toy-streak | type: st9 | toy.yaml:10: unknown stop rule 'st9'; known: toy-streak",
        "unknown profile key | trials: 2\\n | trails: 2\\n | toy.yaml:26: unknown key 'trails' in profile 'quick'; valid keys: description, seed, trials, budget, task, stop, evaluation, variants",
    })
    void badInputNamesFileLineAndKey(String name, String from, String to, String message) {
        String yaml = ToyExperiments.YAML.replaceFirst(java.util.regex.Pattern.quote(from.replace("\\n", "\n")),
                to.replace("\\n", "\n"));
        assertThat(yaml).isNotEqualTo(ToyExperiments.YAML);
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper")).isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void unknownProfileListsKnownOnes() {
        assertThatThrownBy(() -> ToyExperiments.load(ToyExperiments.YAML, "fast"))
                .hasMessage("toy.yaml:24: unknown profile 'fast'; known: paper, quick");
    }
}
