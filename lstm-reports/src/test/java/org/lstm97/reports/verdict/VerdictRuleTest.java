package org.lstm97.reports.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.RowSpec;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;

class VerdictRuleTest {
    private final VerdictRule rule = VerdictRule.DEFAULT;

    private static PaperValues paper(Double percent, Double mean, String quoted) {
        return new PaperValues("label", percent, mean, null, null, null, null, null, null, null, null, quoted);
    }

    private static RowSpec spec(String learner, PaperValues paper) {
        return new RowSpec("row", learner, 10, 1000000L, "h", Map.of(), Map.of("type", learner), Map.of(), Map.of(),
                paper);
    }

    /** {@code solved} trials of {@code trials} whose mean sequences-to-success is {@code mean}. */
    private static RowStatistics stats(int solved, int trials, double mean) {
        double[] toSuccess = new double[solved];
        Arrays.fill(toSuccess, mean);
        return new RowStatistics("row", trials, solved, trials - solved, 0, 0,
                trials == 0 ? null : WilsonInterval.of95(solved, trials), toSuccess, solved == 0 ? null : mean,
                solved == 0 ? null : mean, null, null, null, null, null, null, solved > 0, 93.0, 1000000L, 0L, 0L);
    }

    @Test
    void anLstmRowThatSucceedsAlwaysNearThePaperMeanIsReproduced() {
        Judgement judgement = rule.judge(spec("lstm1997", paper(null, 74000.0, null)), stats(10, 10, 81200.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("success 10/10 [72–100%] vs 100%; mean ×1.10 of 74,000");
    }

    @Test
    void anLstmRowWithoutAPrintedRateIsHeldTo100Percent() {
        // 6/10 has the Wilson interval [31%, 83%], which does not contain 100%
        Judgement judgement = rule.judge(spec("lstm1997", paper(null, 74000.0, null)), stats(6, 10, 74000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("success 6/10 [31–83%] vs 100%");
    }

    @Test
    void aPrintedRateInsideTheWilsonIntervalPasses() {
        // RTRL p=4, lr 1.0: the paper reports 78%; 6/10 has [31%, 83%]
        Judgement judgement = rule.judge(spec("rtrl", paper(78.0, 1043000.0, null)), stats(6, 10, 1100000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @ParameterizedTest
    @CsvSource({
        "111000, reproduced",       // ×1.5 exactly
        "49334, reproduced",        // just above 1/1.5
        "111001, not reproduced",   // just above ×1.5
        "49000, not reproduced"})   // below 1/1.5
    void theMeanMustBeWithinAFactorOfOneAndAHalf(double ours, String verdict) {
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 74000.0, null)), stats(10, 10, ours));

        assertThat(judgement.verdict().text()).isEqualTo(verdict);
    }

    @Test
    void aRowWithoutTrialsIsNotRun() {
        Judgement judgement = rule.judge(spec("lstm1997", paper(100.0, 74000.0, null)), RowStatistics.empty("row"));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_RUN);
        assertThat(judgement.verdict().text()).isEqualTo("not run");
    }

    @Test
    void noSuccessfulTrialAgainstAPaperMeanIsNotReproduced() {
        Judgement judgement = rule.judge(spec("rtrl", paper(22.0, 254000.0, null)), stats(0, 10, 0.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("no successful trial vs mean 254,000");
    }

    @Test
    void aPaperFailureThatWeAlsoFailIsReproduced() {
        // RTRL p=100: 0% successful, ">5,000,000" printed as text only
        Judgement judgement = rule.judge(spec("rtrl", paper(0.0, null, null)), stats(0, 10, 0.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
    }

    @Test
    void solvingWhatThePaperCouldNotIsNotReproduced() {
        Judgement judgement = rule.judge(spec("rtrl", paper(0.0, null, null)), stats(5, 10, 1000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    }

    @Test
    void aQuotedRowIsJudgedOnItsMeanWhenThePaperGivesNoRate() {
        // Table 1, RTRL quoted from Smith & Zipser 1989: "some fraction", 173,000
        Judgement judgement = rule.judge(spec("rtrl", paper(null, 173000.0, "Smith & Zipser 1989")),
                stats(3, 10, 180000.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.REPRODUCED);
        assertThat(judgement.reason()).isEqualTo("mean ×1.04 of 173,000");
    }

    @Test
    void nothingToCompareWithSaysSo() {
        Judgement judgement = rule.judge(spec("guessing", PaperValues.NONE), stats(3, 10, 100.0));

        assertThat(judgement.verdict()).isEqualTo(Verdict.NO_REFERENCE);
    }

    @Test
    void theStopCriterionST2StandsInForTheMeanInTables4And5() {
        PaperValues paper = new PaperValues("T=100, N=3", null, null, null, 27380.0, 39850.0, null, null, 0.000195,
                null, 102.0, null);

        assertThat(rule.judge(spec("lstm1997", paper), stats(10, 10, 90000.0)).verdict())
                .isEqualTo(Verdict.NOT_REPRODUCED);
        assertThat(rule.judge(spec("lstm1997", paper), stats(10, 10, 41000.0)).verdict())
                .isEqualTo(Verdict.REPRODUCED);
    }

    @Test
    void refusesAFactorBelowOne() {
        assertThatThrownBy(() -> new VerdictRule(0.9)).hasMessageContaining("meanFactor");
    }
}
