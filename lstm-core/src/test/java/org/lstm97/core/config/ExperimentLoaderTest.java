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
        "misspelt key | learningRate: 0.1 | lerningRate: 0.1 | toy.yaml:16: unknown key 'lerningRate' for learner 'toy-unit' (did you mean 'learningRate'?); valid keys: learningRate, initRange",
        "wrong type | learningRate: 0.1 | learningRate: fast | toy.yaml:16: key 'learningRate' for learner 'toy-unit' must be a number, got 'fast'",
        "out of range | learningRate: 0.1 | learningRate: -1.0 | toy.yaml:16: key 'learningRate' for learner 'toy-unit': learningRate must be > 0, got -1",
        "zero trials | trials: 3 | trials: 0 | toy.yaml:5: key 'trials' must be >= 1, got 0",
        "escaping name | experiment: toy | experiment: ../evil | toy.yaml:1: key 'experiment' must be a simple name (letters, digits, '.', '_', '-'; at most 100), got '../evil'",
        "unknown top key | title: Toy experiment | titel: Toy | toy.yaml:3: unknown key 'titel' in experiment file (did you mean 'title'?); valid keys: experiment, table, title, description, seed, trials, budget, task, stop, evaluation, variants, profiles",
        "unknown stop rule | type: toy-streak | type: st9 | toy.yaml:10: unknown stop rule 'st9'; known: toy-streak",
        "unknown profile key | trials: 2\\n | trails: 2\\n | toy.yaml:26: unknown key 'trails' in profile 'quick' (did you mean 'trials'?); valid keys: description, seed, trials, budget, task, stop, evaluation, variants",
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

    @Test
    void aTableIsOptional() {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML.replace("table: \"0\"\n", ""), "paper");
        assertThat(spec.table()).isNull();
    }

    @Test
    void tooManyTrialsAreRefusedAtValidation() {
        assertThatThrownBy(() -> ToyExperiments.load(ToyExperiments.YAML.replace("trials: 3", "trials: 1000000000"),
                "paper")).hasMessage("toy.yaml:5: key 'trials' must be <= 100000 (the most trials an experiment "
                + "may plan), got 1000000000");
        assertThatThrownBy(() -> ToyExperiments.load(ToyExperiments.YAML.replace("trials: 3", "trials: 40000"),
                "paper")).hasMessage("toy.yaml:12: the experiment plans 120,000 trials over 3 rows; at most 100,000 "
                + "(split it into several experiments)");
    }

    @Test
    void aHugeGridIsRefusedBeforeItIsExpanded() {
        StringBuilder values = new StringBuilder("[");
        for (int i = 1; i <= 101; i++) {
            values.append(i == 1 ? "" : ", ").append(i).append(".0");
        }
        values.append(']');
        String grid = "grid:\n      learner.learningRate: " + values + "\n      learner.initRange: " + values;
        String yaml = ToyExperiments.YAML.replaceFirst("grid:\n      learner.learningRate: \\[1.0, 2.0\\]", grid);
        assertThat(yaml).contains("101.0");
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper"))
                .hasMessageEndingWith(": the grid expands to more than 10,000 rows; at most 10,000 per experiment");
    }

    @Test
    void overridesAreValidatedLikeTheFileAndRecorded() {
        ExperimentLoader loader = new ExperimentLoader(ToyExperiments.registry());
        ConfigNode root = YamlReader.parse(ToyExperiments.YAML, "toy.yaml");
        ExperimentSpec spec = loader.parse(root, "toy.yaml", "paper", List.of(ConfigOverride.parse("trials=1"),
                ConfigOverride.parse("variants.slow.learner.learningRate=0.3")));
        assertThat(spec.rows()).allMatch(r -> r.trials() == 1);
        assertThat(spec.rows().get(0).learner().params()).containsEntry("learningRate", 0.3);
        assertThat(spec.overrides()).containsExactly("trials=1", "variants.slow.learner.learningRate=0.3");
        assertThat(spec.changesOf("slow")).containsExactly(new SettingChange("learner.learningRate", 0.1, 0.3));
        assertThat(spec.changesOf("fast@learningRate=1.0")).isEmpty();

        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper",
                List.of(ConfigOverride.parse("variants.slow.learner.lerningRate=0.3"))))
                .hasMessage("--set variants.slow.learner.lerningRate: unknown key 'lerningRate' for learner "
                        + "'toy-unit' (did you mean 'learningRate'?); valid keys: learningRate, initRange");
        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper", List.of(ConfigOverride.parse("trails=2"))))
                .hasMessage("--set trails: unknown key 'trails' (did you mean 'trials'?); valid keys: experiment, "
                        + "table, title, description, seed, trials, budget, task, stop, evaluation, variants");
        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper", List.of(ConfigOverride.parse("trials=-1"))))
                .hasMessage("--set trials: key 'trials' must be >= 1, got -1");
        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper",
                List.of(ConfigOverride.parse("variants.slwo.trials=1"))))
                .hasMessage("--set variants.slwo.trials: unknown variant 'slwo' (did you mean 'slow'?); known: slow, fast");
        assertThatThrownBy(() -> ConfigOverride.parse("trials"))
                .hasMessage("--set trials: expected KEY.PATH=VALUE, e.g. --set trials=2");
    }

    @Test
    void aGridAxisCanBeOverriddenAsOneKey() {
        ExperimentLoader loader = new ExperimentLoader(ToyExperiments.registry());
        ConfigNode root = YamlReader.parse(ToyExperiments.YAML, "toy.yaml");
        ExperimentSpec spec = loader.parse(root, "toy.yaml", "paper",
                List.of(ConfigOverride.parse("variants.fast.grid.learner.learningRate=[3.0]")));
        assertThat(spec.rows()).extracting(RowSpec::row).containsExactly("slow", "fast@learningRate=3.0");
    }

    @Test
    void aProfileThatChangesATaskSettingRecordsTheChange() {
        String yaml = ToyExperiments.YAML.replace("  quick:\n", "  quick:\n    task: {length: 2}\n");
        assertThat(yaml).isNotEqualTo(ToyExperiments.YAML);
        ExperimentSpec quick = ToyExperiments.load(yaml, "quick");
        assertThat(quick.changesOf("slow")).containsExactly(new SettingChange("task.length", 1L, 2L));
        assertThat(ToyExperiments.load(yaml, "paper").changes()).isEmpty();
    }
}
