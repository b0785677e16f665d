package org.lstm97.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.load.ExperimentResults;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.load.ResultsLoader;
import org.lstm97.reports.stats.RowAggregator;
import org.lstm97.reports.stats.RowStatistics;

/** The trials column on the synthetic Table 1 row with 30 trials (20 solved, 1 diverged, 1 failed). */
class TrialsColumnTest {
    private static final ExperimentResults TABLE1 = new ResultsLoader()
            .load(Path.of("src/test/resources/synthetic/results")).experiments().stream()
                    .filter(e -> e.spec().experiment().equals("table1-reber"))
                    .findFirst()
                    .orElseThrow();
    private static final RowStatistics ROW =
            RowAggregator.DEFAULT.aggregate(TABLE1).get(2);

    private static String trialsCell(int planned) {
        PlannedRow spec = TABLE1.spec().row(ROW.row()).orElseThrow();
        PlannedRow replanned = new PlannedRow(
                spec.row(),
                spec.variant(),
                planned,
                spec.budget(),
                spec.configHash(),
                spec.task(),
                spec.learner(),
                spec.stop(),
                spec.evaluation(),
                spec.paper());
        return Columns.trials()
                .cellOf(new RowContext(TABLE1.spec(), replanned, ROW))
                .ours();
    }

    @Test
    void aCompleteRowShowsSolvedOverRun() {
        assertThat(trialsCell(30)).isEqualTo("20/30, 1 diverged, 1 failed");
    }

    @Test
    void aRowStoppedEarlyAlsoShowsThePlannedCount() {
        assertThat(trialsCell(50)).isEqualTo("20/30 of 50 planned, 1 diverged, 1 failed");
    }
}
