package org.lstm97.experiments.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.PluginSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.GroupRunner;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;

/**
 * experiments/readings: one file per family of rows that do not reproduce; each row is a paper file's row with only
 * its reading axes (and, for a stop reading, its stop rule) changed, at least 10 trials, a budget never above the
 * paper file's, and the paper values of the printed row it reads, which the paper's printed cells certify.
 */
class ReadingsFilesTest {
    /** The readings files and the paper file each reads. */
    static final Map<String, String> FILES = Map.of(
            "table1-embedded-reber", "table1-embedded-reber",
            "table2-noise-free-lag", "table2-noise-free-lag",
            "table3-very-long-lag", "table3-very-long-lag",
            "table7-adding", "table7-adding",
            "table8-multiplication", "table8-multiplication",
            "table9-temporal-order", "table9-temporal-order");
    /** The printed rows each family reads ("table/row"). */
    static final Map<String, Set<String>> PRINTED = Map.of(
            "table1-embedded-reber", Set.of("1/5", "1/6", "1/7", "1/8", "1/9"),
            "table2-noise-free-lag", Set.of("2/8", "2b/1"),
            "table3-very-long-lag", Set.of("3/1", "3/2", "3/3"),
            "table7-adding", Set.of("7/2", "7/3"),
            "table8-multiplication", Set.of("8/2"),
            "table9-temporal-order", Set.of("9/2"));
    /** What a stop-rule reading of its own (a "-frozen" variant) may change besides the reading axes. */
    static final Set<String> FROZEN_STOP_KEYS = Set.of("mode", "every", "window", "report");

    static ExperimentSpec load(String name, String profile) {
        String resource = "readings/" + name + ".yaml";
        try (InputStream in = ReadingsFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ExperimentLoader(PaperFiles.REGISTRY).parse(YamlReader.parse(text, resource), resource, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper", "quick", "cost"})
    void everyFileValidatesInEveryProfile(String profile) {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            ExperimentSpec spec = load(file.getKey(), profile);
            assertThat(spec.name()).isEqualTo("readings-" + file.getKey());
            assertThat(spec.table())
                    .isEqualTo(PaperFiles.load(file.getValue(), "paper").table());
            assertThat(spec.rows()).as(file.getKey()).isNotEmpty();
        }
    }

    @Test
    void everyRowIsAPaperRowWithOnlyItsReadingsChanged() {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            List<RowSpec> paperRows = PaperFiles.load(file.getValue(), "paper").rows();
            for (RowSpec row : load(file.getKey(), "paper").rows()) {
                Set<String> axes = axes(row.row());
                boolean frozen = row.variant().endsWith("-frozen");
                RowSpec twin = paperRows.stream()
                        .filter(p -> printed(p).equals(printed(row)))
                        .filter(p -> same(p.task(), row.task(), axes)
                                && same(p.learner(), row.learner(), axes)
                                && same(p.stop(), row.stop(), frozen ? union(axes, FROZEN_STOP_KEYS) : axes))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                file.getKey() + " " + row.row() + ": no paper row with this protocol"));
                assertThat(frozen)
                        .as(row.row())
                        .isEqualTo("frozen-test".equals(row.stop().params().get("mode")));
                assertThat(row.trials()).as(row.row()).isGreaterThanOrEqualTo(10);
                assertThat(row.budget()).as(row.row() + ": a cap, never more").isLessThanOrEqualTo(twin.budget());
                assertThat(row.evaluation()).as(row.row()).isEqualTo(twin.evaluation());
                Map<String, Object> values = new HashMap<>(row.paper());
                Map<String, Object> expected = new HashMap<>(twin.paper());
                values.remove("label");
                expected.remove("label");
                assertThat(values).as(row.row()).isEqualTo(expected);
            }
        }
    }

    @Test
    void everyFamilyReadsItsPrintedRowsWithSeveralReadingsEach() {
        for (String file : FILES.keySet()) {
            Map<String, Integer> readings = new LinkedHashMap<>();
            for (RowSpec row : load(file, "paper").rows()) {
                readings.merge(printed(row), 1, Integer::sum);
            }
            assertThat(readings.keySet()).as(file).isEqualTo(PRINTED.get(file));
            assertThat(readings.values()).as(file).allMatch(n -> n >= 4);
        }
    }

    @Test
    void thePaperValuesAreThePrintedCells() throws IOException {
        PaperTablesTest.read();
        List<ExperimentSpec> specs = FILES.keySet().stream()
                .map(f -> load(f, ExperimentLoader.PAPER))
                .toList();
        assertThat(PaperTablesTest.mismatches(specs)).isEmpty();
    }

    @Test
    void noTwoRowsOfThePapersOrTheBeyondFilesReadOnePrintedRow() {
        // their reports therefore have no readings sections: two rows of one experiment with the same paper values
        for (String file : PaperFilesTest.FILES) {
            for (ExperimentSpec spec : List.of(PaperFiles.load(file, "paper"), BeyondFilesTest.load(file, "paper"))) {
                List<Map<String, Object>> seen = new ArrayList<>();
                for (RowSpec row : spec.rows()) {
                    if (!row.paper().isEmpty()) {
                        assertThat(seen).as(spec.name() + " " + row.row()).doesNotContain(row.paper());
                        seen.add(row.paper());
                    }
                }
            }
        }
    }

    @Test
    void aReadingWithItsOwnInputGateBiasRangeRunsTheSameInLanes() {
        // U5's range only changes the initial weights, which the lane engine draws with the scalar learner's code
        RowSpec row = load("table1-embedded-reber", "quick").rows().stream()
                .filter(r -> r.row()
                        .endsWith("update=per-step,targets=legal-successors,initialActivation=0.5,"
                                + "inputGateBiasRange=0.1"))
                .findFirst()
                .orElseThrow()
                .withTrialsAndBudget(3, 300);
        TrialRunner runner = new TrialRunner(PaperFiles.REGISTRY);
        GroupRunner groups = new GroupRunner(runner, Engine.LANES);
        GroupRunner.Plan plan = groups.plan(new TrialSpec(row, 0, "quick"), 3);
        assertThat(plan.lanes()).isTrue();
        List<TrialSpec> specs = new ArrayList<>();
        List<TrialResult> scalar = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            specs.add(new TrialSpec(row, t, "quick"));
            scalar.add(runner.run(specs.get(t)).withoutRunFacts());
        }
        List<TrialResult> lanes = new ArrayList<>();
        groups.run(plan, specs, r -> lanes.add(r.withoutRunFacts()));
        lanes.sort((a, b) -> Integer.compare(a.trial(), b.trial()));
        assertThat(lanes).containsExactlyElementsOf(scalar);
        assertThat(scalar).allMatch(r -> r.presented() > 0);
    }

    /** Where the row's paper values are printed: "table/row". */
    private static String printed(RowSpec row) {
        return row.paper().getOrDefault("table", row.table()) + "/"
                + row.paper().get("row");
    }

    /** The parameter names of a row's grid label: "v@a=1,b=[-2.0, -4.0],c=x" gives a, b, c. */
    static Set<String> axes(String row) {
        int at = row.indexOf('@');
        Set<String> out = new java.util.TreeSet<>();
        if (at < 0) {
            return out;
        }
        for (String part : row.substring(at + 1).split(",(?=[A-Za-z][A-Za-z0-9_]*=)")) {
            out.add(part.substring(0, part.indexOf('=')));
        }
        return out;
    }

    private static boolean same(PluginSpec paper, PluginSpec reading, Set<String> free) {
        Map<String, Object> a = new HashMap<>(paper.params());
        Map<String, Object> b = new HashMap<>(reading.params());
        a.keySet().removeAll(free);
        b.keySet().removeAll(free);
        return paper.type().equals(reading.type()) && a.equals(b);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
