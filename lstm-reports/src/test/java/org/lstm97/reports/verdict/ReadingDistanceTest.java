package org.lstm97.reports.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;

/** d = |r − r_p| + |ln(m / m_p)|, with ln(B / m_p) for a row that solved nothing within its budget B. */
class ReadingDistanceTest {

    private static PlannedRow spec(String learner, Double percent, Double mean) {
        return new PlannedRow(
                "lstm@update=per-step",
                learner,
                10,
                200000L,
                "h",
                Map.of(),
                Map.of("type", learner),
                Map.of(),
                Map.of(),
                new PaperValues("LSTM", percent, mean, null, null, null, null, null, null, null, null, null));
    }

    static RowStatistics stats(int solved, int trials, double mean, long budget) {
        double[] toSuccess = new double[solved];
        Arrays.fill(toSuccess, mean);
        return new RowStatistics(
                "r",
                trials,
                solved,
                trials - solved,
                0,
                0,
                trials == 0 ? null : WilsonInterval.of95(solved, trials),
                toSuccess,
                solved == 0 ? null : mean,
                solved == 0 ? null : mean,
                null,
                null,
                null,
                null,
                null,
                null,
                solved > 0,
                276.0,
                budget,
                0L,
                0L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // what, paper %, paper mean, solved, trials, our mean, expected distance
        "the paper exactly,                100, 8440,  10, 10, 8440,   0.0",
        "rate only,                        100, 8440,   7, 10, 8440,   0.3",
        "mean twice the paper's,           100, 8440,  10, 10, 16880,  0.6931471805599453",
        "mean half the paper's,            100, 8440,  10, 10, 4220,   0.6931471805599453",
        "both,                              97, 14060,  3, 10, 111375, 2.7395689994084544",
    })
    void solvedRowsAddTheRateGapAndTheLogRatioOfTheMeans(
            String what, double percent, double mean, int solved, int trials, double ours, double expected) {
        assertThat(ReadingDistance.of(spec("lstm1997", percent, mean), stats(solved, trials, ours, 200000L)))
                .isCloseTo(expected, within(1e-12));
    }

    @Test
    void aRowWithoutASolvedTrialIsAtLeastItsBudgetAway() {
        // none of 10 solved within 200,000: every trial needed more, so |ln(m / 8,440)| > ln(200,000 / 8,440)
        assertThat(ReadingDistance.of(spec("lstm1997", 100.0, 8440.0), stats(0, 10, 0, 200000L)))
                .isCloseTo(1.0 + StrictMath.log(200000.0 / 8440.0), within(1e-12));
        // a budget below the paper's mean says nothing about the mean
        assertThat(ReadingDistance.of(spec("lstm1997", 100.0, 853000.0), stats(0, 10, 0, 500000L)))
                .isEqualTo(1.0);
        // no budget in the result lines: the planned budget (200,000)
        assertThat(ReadingDistance.of(spec("lstm1997", 100.0, 8440.0), stats(0, 10, 0, 0L)))
                .isCloseTo(1.0 + StrictMath.log(200000.0 / 8440.0), within(1e-12));
    }

    @Test
    void aTermThePaperGivesNoNumberForCountsNothing() {
        // an LSTM row without a printed rate is judged against 100%; no printed mean: the rate alone
        assertThat(ReadingDistance.of(spec("lstm1997", null, null), stats(8, 10, 5000, 1000L)))
                .isCloseTo(0.2, within(1e-12));
        // a competitor without a printed rate: the mean alone
        assertThat(ReadingDistance.of(spec("rtrl", null, 1000.0), stats(2, 10, 2000, 1000000L)))
                .isCloseTo(StrictMath.log(2.0), within(1e-12));
    }

    @Test
    void aRowWithoutTrialsHasNoDistance() {
        assertThat(ReadingDistance.of(spec("lstm1997", 100.0, 8440.0), RowStatistics.empty("r")))
                .isNull();
    }
}
