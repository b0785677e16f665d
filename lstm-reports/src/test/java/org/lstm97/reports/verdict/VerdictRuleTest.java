package org.lstm97.reports.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;

class VerdictRuleTest {
    private final VerdictRule rule = VerdictRule.DEFAULT;

    private static PaperValues paper(Double percent, Double mean, String quoted) {
        return new PaperValues("label", percent, mean, null, null, null, null, null, null, null, null, quoted);
    }

    private static PlannedRow spec(String learner, PaperValues paper) {
        return new PlannedRow(
                "row", learner, 10, 1000000L, "h", Map.of(), Map.of("type", learner), Map.of(), Map.of(), paper);
    }

    /** {@code solved} trials of {@code trials} whose mean sequences-to-success is {@code mean}, no interval. */
    private static RowStatistics stats(int solved, int trials, double mean) {
        return stats(solved, trials, mean, null);
    }

    /** As {@link #stats(int, int, double)}, with {@code interval} as the bootstrap interval of the mean. */
    private static RowStatistics stats(int solved, int trials, double mean, Interval interval) {
        double[] toSuccess = new double[solved];
        Arrays.fill(toSuccess, mean);
        return new RowStatistics(
                "row",
                trials,
                solved,
                trials - solved,
                0,
                0,
                trials == 0 ? null : WilsonInterval.of95(solved, trials),
                toSuccess,
                solved == 0 ? null : mean,
                solved == 0 ? null : mean,
                solved == 0 ? null : interval,
                null,
                null,
                null,
                null,
                null,
                solved > 0,
                93.0,
                1000000L,
                0L,
                0L);
    }

    // --- reproduced: all three conditions hold

    @Test
    void anLstmRowThatSucceedsAlwaysNearThePaperMeanIsReproduced() {
        Judgement judgement = rule.judge(spec("lstm1997", paper(null, 74000.0, null)), stats(10, 10, 81200.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.label()).isEqualTo("reproduced");
        assertThat(judgement.reason()).isEqualTo("success 10/10 [72–100%] vs 100%; mean ×1.10 of 74,000");
    }

    @Test
    void aPaperMeanInsideOurBootstrapIntervalPassesBeyondTheFactor() {
        // ours 120,000 = ×1.62 of 74,000, but the interval of our mean reaches down to 70,000
        Judgement judgement = rule.judge(
                spec("lstm1997", paper(100.0, 74000.0, null)),
                stats(10, 10, 120000.0, new Interval(70000.0, 180000.0)));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.reason())
                .isEqualTo(
                        "success 10/10 [72–100%] vs 100%; mean ×1.62 of 74,000, inside our interval [70,000–180,000]");
    }

    @Test
    void aPaperMeanOutsideOurIntervalAndBeyondTheFactorIsNotReproduced() {
        Judgement judgement = rule.judge(
                spec("lstm1997", paper(100.0, 74000.0, null)),
                stats(10, 10, 120000.0, new Interval(100000.0, 140000.0)));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("mean ×1.62 of 74,000, outside our interval [100,000–140,000]");
    }

    @Test
    void aPrintedRateInsideTheWilsonIntervalPasses() {
        // RTRL p=4, lr 1.0: the paper reports 78%; 6/10 has [31%, 83%]
        Judgement judgement = rule.judge(spec("rtrl", paper(78.0, 1043000.0, null)), stats(6, 10, 1100000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @ParameterizedTest
    @CsvSource({
        "111000, reproduced", // ×1.5 exactly
        "49334, reproduced", // just above 1/1.5
        "111001, not reproduced", // just above ×1.5
        "49000, not reproduced"
    }) // below 1/1.5
    void theMeanMustBeWithinAFactorOfOneAndAHalf(double ours, String verdict) {
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 74000.0, null)), stats(10, 10, ours));

        assertThat(judgement.verdict().text()).isEqualTo(verdict);
    }

    @Test
    void aPaperFailureThatWeAlsoFailIsReproducedOnFiveTrials() {
        // RTRL p=100: 0% successful, ">5,000,000" printed as text only; no mean, so the evidence is the trials
        Judgement judgement = rule.judge(spec("rtrl", paper(0.0, null, null)), stats(0, 5, 0.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("success 0/5 [0–43%] vs 0%");
    }

    @Test
    void aQuotedRowIsJudgedOnItsMeanWhenThePaperGivesNoRate() {
        // Table 1, RTRL quoted from Smith & Zipser 1989: "some fraction", 173,000
        Judgement judgement =
                rule.judge(spec("rtrl", paper(null, 173000.0, "Smith & Zipser 1989")), stats(5, 10, 180000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("mean ×1.04 of 173,000");
    }

    @Test
    void theStopCriterionST2StandsInForTheMeanInTables4And5() {
        PaperValues paper = new PaperValues(
                "T=100, N=3", null, null, null, 27380.0, 39850.0, null, null, 0.000195, null, 102.0, null);

        assertThat(rule.judge(spec("lstm1997", paper), stats(10, 10, 90000.0)).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(rule.judge(spec("lstm1997", paper), stats(10, 10, 41000.0)).verdict())
                .isEqualTo(Verdict.REPRODUCED);
    }

    // --- not reproduced: the rate fails at any trial count, the mean fails on enough solved trials

    @Test
    void anLstmRowWithoutAPrintedRateIsHeldTo100Percent() {
        // 6/10 has the Wilson interval [31%, 83%], which does not contain 100%
        Judgement judgement = rule.judge(spec("lstm1997", paper(null, 74000.0, null)), stats(6, 10, 74000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("success 6/10 [31–83%] vs 100%");
    }

    @Test
    void aRateFailureNeedsNoMinimumOfSolvedTrials() {
        // Table 1: 2 of 30 solved against the paper's 100% is evidence enough
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 8440.0, null)), stats(2, 30, 130000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judgement.evidence()).isEqualTo(2);
        assertThat(judgement.reason()).isEqualTo("success 2/30 [2–21%] vs 100%; mean ×15.40 of 8,440 (not judged)");
    }

    @Test
    void solvingWhatThePaperCouldNotIsNotReproduced() {
        Judgement judgement = rule.judge(spec("rtrl", paper(0.0, null, null)), stats(5, 10, 1000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    // --- too few trials: nothing contradicts the paper, but the row rests on fewer than five

    @Test
    void oneSolvedTrialIsTooFew() {
        // the 1/1 Wilson interval spans 21-100%, and one value says little about a mean
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 31390.0, null)), stats(1, 1, 24521.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.TOO_FEW_TRIALS);
        assertThat(judgement.label()).isEqualTo("too few trials (1)");
        assertThat(judgement.reason())
                .isEqualTo("success 1/1 [21–100%] vs 100%; mean ×0.78 of 31,390; 1 solved trial, the rule needs 5");
    }

    @Test
    void fourSolvedTrialsAreTooFewAndFiveAreEnough() {
        PlannedRow spec = spec("lstm1997", paper(100.0, 74000.0, null));

        assertThat(rule.judge(spec, stats(4, 4, 74000.0)).label()).isEqualTo("too few trials (4)");
        assertThat(rule.judge(spec, stats(5, 5, 74000.0)).label()).isEqualTo("reproduced");
    }

    @Test
    void aMeanFarOffOnFewerThanFiveSolvedTrialsIsNotJudged() {
        // 3/4 vs the paper's 50%: the rate agrees; the mean (×3) rests on 3 trials, too few to reject it
        Judgement judgement = rule.judge(spec("rcc", paper(50.0, 100000.0, null)), stats(3, 4, 300000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.TOO_FEW_TRIALS);
        assertThat(judgement.reason())
                .isEqualTo(
                        "success 3/4 [30–95%] vs 50%; mean ×3.00 of 100,000 (not judged); 3 solved trials, the rule needs 5");
    }

    @Test
    void noSuccessfulTrialAgainstAPaperMeanIsTooFewWhenTheRateAgrees() {
        // RTRL lr 10: the paper's 22% lies inside the 0/10 interval [0%, 28%]; no mean to compare
        Judgement judgement = rule.judge(spec("rtrl", paper(22.0, 254000.0, null)), stats(0, 10, 0.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.TOO_FEW_TRIALS);
        assertThat(judgement.label()).isEqualTo("too few trials (0)");
        assertThat(judgement.reason()).isEqualTo("success 0/10 [0–28%] vs 22%; 0 solved trials, the rule needs 5");
    }

    @Test
    void aZeroPercentRowWithFourTrialsIsTooFew() {
        Judgement judgement = rule.judge(spec("rtrl", paper(0.0, null, null)), stats(0, 4, 0.0));

        assertThat(judgement.label()).isEqualTo("too few trials (4)");
        assertThat(judgement.reason()).isEqualTo("success 0/4 [0–49%] vs 0%; 4 trials, the rule needs 5");
    }

    // --- nothing to judge

    @Test
    void aRowWithoutTrialsIsNotRun() {
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 74000.0, null)), RowStatistics.empty("row"));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(judgement.label()).isEqualTo("not run");
    }

    @Test
    void nothingToCompareWithSaysSo() {
        Judgement judgement = rule.judge(spec("guessing", PaperValues.NONE), stats(3, 10, 100.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NO_REFERENCE);
    }

    @Test
    void theStatementNamesTheRulesNumbers() {
        assertThat(rule.statement())
                .contains(
                        "95% Wilson interval",
                        "95% bootstrap interval", "within ×1.5", "at least 5 solved trials", "too few trials (n)");
        assertThat(new VerdictRule(2.0, 8).statement()).contains("within ×2", "at least 8 solved trials");
    }

    @Test
    void refusesAFactorBelowOneAndAMinimumBelowOne() {
        assertThatThrownBy(() -> new VerdictRule(0.9, 5)).hasMessageContaining("meanFactor");
        assertThatThrownBy(() -> new VerdictRule(1.5, 0)).hasMessageContaining("minTrials");
    }
}
