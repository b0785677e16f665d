package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.testkit.ToyExperiments;

class ExperimentLoaderTest {

    @Test
    void expandsVariantsAndGridIntoRowsInFileOrder() {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML, "paper");
        assertThat(spec.rows())
                .extracting(RowSpec::row)
                .containsExactly("slow", "fast@learningRate=1.0", "fast@learningRate=2.0");
        assertThat(spec.rows().get(1).learner().params())
                .containsEntry("learningRate", 1.0)
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
    @CsvSource(
            delimiter = '|',
            value = {
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
        String yaml = ToyExperiments.YAML.replaceFirst(
                java.util.regex.Pattern.quote(from.replace("\\n", "\n")), to.replace("\\n", "\n"));
        assertThat(yaml).isNotEqualTo(ToyExperiments.YAML);
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void unknownProfileListsKnownOnes() {
        assertThatThrownBy(() -> ToyExperiments.load(ToyExperiments.YAML, "fast"))
                .hasMessage("toy.yaml:24: unknown profile 'fast'; known: paper, quick");
    }

    /** The toy file with a {@code references:} list under the variant 'slow' (after its paper values). */
    private static String withReferences(String references) {
        return ToyExperiments.YAML.replace(
                "      successAfter: 100\n", "      successAfter: 100\n    references:\n" + references);
    }

    @Test
    void referencesAreReadAndKeptOutOfTheConfigurationHash() {
        String yaml = withReferences("""
                      - label: Simulator X
                        source: re-run elsewhere
                        trials: 30
                        solved: 2
                        mean: 130800
                        note: one-hot targets
                      - {label: Simulator Y, source: re-run elsewhere, trials: 10, solved: 0}
                """);
        RowSpec slow = ToyExperiments.load(yaml, "paper").rows().get(0);

        assertThat(slow.references()).hasSize(2);
        assertThat(slow.references().get(0))
                .containsEntry("label", "Simulator X")
                .containsEntry("trials", 30L)
                .containsEntry("solved", 2L)
                .containsEntry("mean", 130800L)
                .containsEntry("note", "one-hot targets");
        assertThat(slow.references().get(1)).doesNotContainKeys("mean", "note");
        assertThat(slow.configHash())
                .isEqualTo(ToyExperiments.load(ToyExperiments.YAML, "paper")
                        .rows()
                        .get(0)
                        .configHash());
        assertThat(ToyExperiments.load(ToyExperiments.YAML, "paper")
                        .rows()
                        .get(0)
                        .references())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown key | {label: X, source: s, trials: 3, solved: 1, sovled: 1} | toy.yaml:20: unknown key 'sovled' in reference; valid keys: label, source, trials, solved, mean, note",
                "missing source | {label: X, trials: 3, solved: 1} | toy.yaml:20: missing key 'source' in reference",
                "solved above trials | {label: X, source: s, trials: 3, solved: 4} | toy.yaml:20: key 'solved' of a reference must be <= trials (3), got 4",
                "text trials | {label: X, source: s, trials: many, solved: 1} | toy.yaml:20: key 'trials' of a reference must be an integer >= 1, got 'many'",
                "mean without a solved trial | {label: X, source: s, trials: 3, solved: 0, mean: 5} | toy.yaml:20: key 'mean' of a reference needs solved trials, got solved: 0",
                "not a mapping | just text | toy.yaml:20: a reference must be a mapping with label, source, trials, solved (and optionally mean, note), got 'just text'",
            })
    void aBadReferenceNamesFileLineAndKey(String name, String reference, String message) {
        String yaml = withReferences("      - " + reference + "\n");
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void referencesMustBeAList() {
        String yaml = ToyExperiments.YAML.replace(
                "      successAfter: 100\n", "      successAfter: 100\n    references: {label: X}\n");
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper"))
                .hasMessage("toy.yaml:19: key 'references' "
                        + "must be a list of references (label, source, trials, solved, mean, note), got a mapping");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown key | successAftr: 100 | toy.yaml:18: unknown key 'successAftr' in the paper's values; valid keys: label, weights, successPercent, successAfter, successAfterText, st1, st2, wrong, mse, misclassified, cleanDiff, quoted, table, row",
                "text for a number | successAfter: fast | toy.yaml:18: the paper's value 'successAfter' must be a number, got 'fast'",
                "list for a number | successAfter: [1, 2] | toy.yaml:18: the paper's value 'successAfter' must be a number, got a list",
                "list for text | label: [a, b] | toy.yaml:18: the paper's value 'label' must be text, got a list",
            })
    void aBadPaperValueNamesFileLineAndKey(String name, String entry, String message) {
        String yaml = ToyExperiments.YAML.replace("      successAfter: 100\n", "      " + entry + "\n");
        assertThatThrownBy(() -> ToyExperiments.load(yaml, "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void aGridVariantsPaperValuesAreKeyedByItsRowLabels() {
        String grid = ToyExperiments.YAML.replace("""
                      type: toy-unit
                profiles:""", """
                      type: toy-unit
                    paper:
                      learningRate=1.0: {successAfter: 40}
                    references:
                      learningRate=2.0:
                        - {label: X, source: s, trials: 3, solved: 1, mean: 30}
                profiles:""");
        List<RowSpec> rows = ToyExperiments.load(grid, "paper").rows();

        assertThat(rows.get(1).paper()).containsEntry("successAfter", 40L);
        assertThat(rows.get(2).paper()).isEmpty();
        assertThat(rows.get(1).references()).isEmpty();
        assertThat(rows.get(2).references())
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("mean", 30L));
        assertThat(ToyExperiments.load(grid.replace("learningRate=1.0: {", "learningRate=3.0: {"), "paper")
                        .rows()
                        .get(1)
                        .paper())
                .as("a value no profile runs is no error")
                .isEmpty();
        assertThatThrownBy(() -> ToyExperiments.load(grid.replace("learningRate=1.0: {", "lr=1.0: {"), "paper"))
                .hasMessage("toy.yaml:25: unknown grid label 'lr=1.0' under 'paper'; the rows "
                        + "are labelled like learningRate=1.0, learningRate=2.0");
        assertThatThrownBy(() -> ToyExperiments.load(grid.replace("learningRate=1.0: {", "successAfter: {"), "paper"))
                .hasMessage("toy.yaml:25: the paper's value 'successAfter' must be a number, got a mapping");
        assertThatThrownBy(() -> ToyExperiments.load(
                        grid.replace(
                                "learningRate=1.0: {successAfter: 40}",
                                "learningRate=1.0: {successAfter: 40}\n      successAfter: 40"),
                        "paper"))
                .hasMessage("toy.yaml:26: unknown grid label 'successAfter' under 'paper'; the rows "
                        + "are labelled like learningRate=1.0, learningRate=2.0");
    }

    @Test
    void aGridVariantMayGiveEveryRowThePaperValuesOfOnePrintedRow() {
        // experiments/readings: the grid axes are readings of one printed row, which every row is compared with
        String grid = ToyExperiments.YAML.replace("""
                      type: toy-unit
                profiles:""", """
                      type: toy-unit
                    paper: {row: 1, label: "Toy row", successAfter: 40}
                    references:
                      - {label: X, source: s, trials: 3, solved: 1, mean: 30}
                profiles:""");
        List<RowSpec> rows = ToyExperiments.load(grid, "paper").rows();

        assertThat(rows)
                .extracting(RowSpec::row)
                .containsExactly("slow", "fast@learningRate=1.0", "fast@learningRate=2.0");
        for (RowSpec row : rows.subList(1, 3)) {
            assertThat(row.paper())
                    .as(row.row())
                    .containsEntry("successAfter", 40L)
                    .containsEntry("label", "Toy row");
            assertThat(row.references())
                    .as(row.row())
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("mean", 30L));
        }
    }

    @Test
    void aStopAxisGivesEachRowItsOwnStopRule() {
        String grid = ToyExperiments.YAML.replace(
                "      learner.learningRate: [1.0, 2.0]\n",
                "      learner.learningRate: [1.0]\n      stop.k: [10, 20]\n");
        List<RowSpec> rows = ToyExperiments.load(grid, "paper").rows();

        assertThat(rows)
                .extracting(RowSpec::row)
                .containsExactly("slow", "fast@learningRate=1.0,k=10", "fast@learningRate=1.0,k=20");
        assertThat(rows.get(0).stop().params()).containsEntry("k", 20L);
        assertThat(rows.get(1).stop().params()).containsEntry("k", 10L);
        assertThat(rows.get(2).stop().params()).containsEntry("k", 20L);
        assertThat(rows.get(1).configHash()).isNotEqualTo(rows.get(2).configHash());
        assertThatThrownBy(() -> ToyExperiments.load(grid.replace("stop.k: [10, 20]", "stop.kk: [10, 20]"), "paper"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kk");
        assertThatThrownBy(() -> ToyExperiments.load(grid.replace("stop.k: [10, 20]", "evaluation.k: [1]"), "paper"))
                .hasMessage("toy.yaml:22: grid axis 'evaluation.k' must be task.<parameter>, "
                        + "learner.<parameter> or stop.<parameter>");
    }

    @Test
    void aTableIsOptional() {
        ExperimentSpec spec = ToyExperiments.load(ToyExperiments.YAML.replace("table: \"0\"\n", ""), "paper");
        assertThat(spec.table()).isNull();
    }

    @Test
    void tooManyTrialsAreRefusedAtValidation() {
        assertThatThrownBy(() ->
                        ToyExperiments.load(ToyExperiments.YAML.replace("trials: 3", "trials: 1000000000"), "paper"))
                .hasMessage("toy.yaml:5: key 'trials' must be <= 100000 (the most trials an experiment "
                        + "may plan), got 1000000000");
        assertThatThrownBy(
                        () -> ToyExperiments.load(ToyExperiments.YAML.replace("trials: 3", "trials: 40000"), "paper"))
                .hasMessage("toy.yaml:12: the experiment plans 120,000 trials over 3 rows; at most 100,000 "
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
        ExperimentSpec spec = loader.parse(
                root,
                "toy.yaml",
                "paper",
                List.of(
                        ConfigOverride.parse("trials=1"),
                        ConfigOverride.parse("variants.slow.learner.learningRate=0.3")));
        assertThat(spec.rows()).allMatch(r -> r.trials() == 1);
        assertThat(spec.rows().get(0).learner().params()).containsEntry("learningRate", 0.3);
        assertThat(spec.overrides()).containsExactly("trials=1", "variants.slow.learner.learningRate=0.3");
        assertThat(spec.changesOf("slow")).containsExactly(new SettingChange("learner.learningRate", 0.1, 0.3));
        assertThat(spec.changesOf("fast@learningRate=1.0")).isEmpty();

        assertThatThrownBy(() -> loader.parse(
                        root,
                        "toy.yaml",
                        "paper",
                        List.of(ConfigOverride.parse("variants.slow.learner.lerningRate=0.3"))))
                .hasMessage("--set variants.slow.learner.lerningRate: unknown key 'lerningRate' for learner "
                        + "'toy-unit' (did you mean 'learningRate'?); valid keys: learningRate, initRange");
        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper", List.of(ConfigOverride.parse("trails=2"))))
                .hasMessage("--set trails: unknown key 'trails' (did you mean 'trials'?); valid keys: experiment, "
                        + "table, title, description, seed, trials, budget, task, stop, evaluation, variants");
        assertThatThrownBy(() -> loader.parse(root, "toy.yaml", "paper", List.of(ConfigOverride.parse("trials=-1"))))
                .hasMessage("--set trials: key 'trials' must be >= 1, got -1");
        assertThatThrownBy(() -> loader.parse(
                        root, "toy.yaml", "paper", List.of(ConfigOverride.parse("variants.slwo.trials=1"))))
                .hasMessage(
                        "--set variants.slwo.trials: unknown variant 'slwo' (did you mean 'slow'?); known: slow, fast");
        assertThatThrownBy(() -> ConfigOverride.parse("trials"))
                .hasMessage("--set trials: expected KEY.PATH=VALUE, e.g. --set trials=2");
    }

    @Test
    void aGridAxisCanBeOverriddenAsOneKey() {
        ExperimentLoader loader = new ExperimentLoader(ToyExperiments.registry());
        ConfigNode root = YamlReader.parse(ToyExperiments.YAML, "toy.yaml");
        ExperimentSpec spec = loader.parse(
                root,
                "toy.yaml",
                "paper",
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
