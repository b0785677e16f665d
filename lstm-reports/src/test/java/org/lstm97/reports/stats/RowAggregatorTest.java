package org.lstm97.reports.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.load.ExperimentResults;
import org.lstm97.reports.load.ResultSet;
import org.lstm97.reports.load.ResultsLoader;

/** Aggregates the synthetic Table 1 experiment, whose numbers are known by construction. */
class RowAggregatorTest {
    private static List<RowStatistics> rows;

    @BeforeAll
    static void aggregate() {
        ResultSet results = new ResultsLoader().load(Path.of("src/test/resources/synthetic/results"));
        ExperimentResults table1 = results.experiments().stream()
                .filter(e -> e.spec().experiment().equals("table1-reber"))
                .findFirst()
                .orElseThrow();
        rows = RowAggregator.DEFAULT.aggregate(table1);
    }

    @Test
    void keepsThePaperRowOrderIncludingRowsWithoutTrials() {
        assertThat(rows)
                .extracting(RowStatistics::row)
                .containsExactly("rtrl h=3 lr=0.05", "lstm 4x1 lr=0.1", "lstm 3x2 lr=0.5");
        assertThat(rows.get(0).hasTrials()).isFalse();
        assertThat(rows.get(0).successInterval()).isNull();
    }

    @Test
    void countsStatuses() {
        RowStatistics row = rows.get(2);

        assertThat(row.trials()).isEqualTo(30);
        assertThat(row.solved()).isEqualTo(20);
        assertThat(row.unsolved()).isEqualTo(8);
        assertThat(row.diverged()).isEqualTo(1);
        assertThat(row.failed()).isEqualTo(1);
        assertThat(row.successRate()).isCloseTo(2.0 / 3.0, within(1e-12));
        assertThat(row.successInterval()).isEqualTo(WilsonInterval.of95(20, 30));
    }

    @Test
    void sequencesToSuccessAreOverSuccessfulTrialsOnly() {
        RowStatistics row = rows.get(2);

        // solved trials i = 0..19 took 15000 + 500 i sequences
        assertThat(row.meanToSuccess()).isEqualTo(19750.0);
        assertThat(row.medianToSuccess()).isEqualTo(19750.0);
        assertThat(row.minToSuccess()).isEqualTo(15000.0);
        assertThat(row.maxToSuccess()).isEqualTo(24500.0);
        assertThat(row.meanToSuccessInterval().contains(19750.0)).isTrue();
        assertThat(row.toSuccess()).hasSize(20).isSorted();
    }

    @Test
    void testMeasuresAreOverSuccessfulTrialsWhenThereAreAny() {
        RowStatistics row = rows.get(2);

        assertThat(row.measuresOverSolved()).isTrue();
        assertThat(row.meanWrong()).isEqualTo(0.0);
        assertThat(row.weights()).isEqualTo(276.0);
    }

    @Test
    void sumsBudgetUsedAndWallTime() {
        RowStatistics row = rows.get(1);

        // 30 solved trials: presented = 30000 + 1000 i; wall = 1000 + i
        assertThat(row.presented()).isEqualTo(30 * 30000L + 1000L * 435);
        assertThat(row.wallMillis()).isEqualTo(30 * 1000L + 435);
        assertThat(row.budget()).isEqualTo(100000L);
    }
}
