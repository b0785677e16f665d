package org.lstm97.experiments.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.lanes.LaneEngine;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.GroupRunner;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;

/**
 * The lane engine's result lines equal the one-trial learner's in every field but the run facts (wall time,
 * commit, Java version), for every lstm1997 row of every paper file's quick profile: each row's trials run
 * once one by one and once side by side in lanes. Budgets above 5,000 sequences are cut to 5,000 to keep the
 * test short, except the two pinned rows (Table 9 6a solves at its quick budget, so the solved path is covered).
 */
class LaneEngineEqualityTest {
    private static final int TRIALS = 3;
    private static final long BUDGET_CAP = 5_000;

    static Stream<Arguments> laneRows() {
        List<Arguments> rows = new ArrayList<>();
        GroupRunner groups = new GroupRunner(new TrialRunner(PaperFiles.REGISTRY), Engine.LANES);
        for (String file : PaperFilesTest.FILES) {
            for (RowSpec row : PaperFiles.load(file, "quick").rows()) {
                boolean pinned = row.row().equals("lstm-6a") || row.row().equals("lstm@T=100");
                RowSpec run = pinned ? row : capped(row, BUDGET_CAP);
                GroupRunner.Plan plan = groups.plan(new TrialSpec(run, 0, "quick"), TRIALS);
                if (plan.lanes()) {
                    rows.add(Arguments.of(file + " " + row.row(), run, plan));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laneRows")
    void everyLaneResultEqualsTheOneTrialResult(String name, RowSpec row, GroupRunner.Plan plan) {
        assertSameResults(row, plan, TRIALS);
    }

    @Test
    void lanesAreRefilledWhenARowHasMoreTrialsThanLanes() {
        RowSpec row = capped(PaperFiles.row(PaperFiles.load("table7-adding", "quick"), "lstm@T=100"), 1_000);
        GroupRunner groups = new GroupRunner(new TrialRunner(PaperFiles.REGISTRY), Engine.LANES);
        int trials = LaneEngine.lanes() + 3;
        assertSameResults(row, groups.plan(new TrialSpec(row, 0, "quick"), trials), trials);
    }

    @Test
    void everyPaperFileButTable2HasQuickRowsThatRunInLanes() {
        // Table 2's LSTM rows use the sequential construction, which the lane engine leaves to the scalar learner
        List<String> files = laneRows()
                .map(a -> ((String) a.get()[0]).split(" ")[0])
                .distinct()
                .toList();
        assertThat(files)
                .containsExactlyElementsOf(PaperFilesTest.FILES.stream()
                        .filter(f -> !f.startsWith("table2"))
                        .toList());
    }

    private static void assertSameResults(RowSpec row, GroupRunner.Plan plan, int trials) {
        assertThat(plan.lanes()).isTrue();
        TrialRunner runner = new TrialRunner(PaperFiles.REGISTRY);
        List<TrialSpec> specs = new ArrayList<>();
        List<TrialResult> scalar = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            TrialSpec spec = new TrialSpec(row, t, "quick");
            specs.add(spec);
            scalar.add(runner.run(spec).withoutRunFacts());
        }
        List<TrialResult> lanes = new ArrayList<>();
        new GroupRunner(runner, Engine.LANES).run(plan, specs, r -> lanes.add(r.withoutRunFacts()));
        lanes.sort((a, b) -> Integer.compare(a.trial(), b.trial()));
        assertThat(lanes).containsExactlyElementsOf(scalar);
    }

    private static RowSpec capped(RowSpec row, long cap) {
        return row.withTrialsAndBudget(row.trials(), Math.min(row.budget(), cap));
    }
}
