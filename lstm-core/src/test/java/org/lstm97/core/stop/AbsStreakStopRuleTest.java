package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstm97.core.stop.HandMadeOutcomes.correct;
import static org.lstm97.core.stop.HandMadeOutcomes.firstSolved;
import static org.lstm97.core.stop.HandMadeOutcomes.wrong;
import static org.lstm97.core.stop.ScriptedProbe.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.stop.AbsStreakParams.Measure;
import org.lstm97.core.stop.AbsStreakParams.Mode;
import org.lstm97.core.stop.AbsStreakParams.Report;

class AbsStreakStopRuleTest {

    private static StopRule stream(int window, Measure measure, Double beta, Report report) {
        return new AbsStreakStopRuleFactory()
                .create(new AbsStreakParams(window, measure, beta, report, Mode.STREAM, 1000), new TestBuildContext());
    }

    @Test
    void aWindowOfPassesFromTheStartFiresAtExactlyWindowAndReportsZero() {
        StopRule rule = stream(5, Measure.CORRECT, null, Report.STREAK_START);

        long solved = firstSolved(rule, new ScriptedProbe(), 100, p -> correct(0.3));

        assertThat(solved).isEqualTo(5);
        assertThat(rule.sequencesToSuccess(solved)).isZero();
    }

    @Test
    void oneFailureRestartsTheStreakAndStreakStartIsReportedMinusOne() {
        // sequences 1-3 pass, 4 fails, 5.. pass: the streak starts at 5 and completes at 9
        StopRule rule = stream(5, Measure.CORRECT, null, Report.STREAK_START);

        long solved = firstSolved(rule, new ScriptedProbe(), 100, p -> p == 4 ? wrong(0.9) : correct(0.0));

        assertThat(solved).isEqualTo(9);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(4);
    }

    @Test
    void streakEndReportsTheCountAtWhichItFired() {
        StopRule rule = stream(5, Measure.CORRECT, null, Report.STREAK_END);

        long solved = firstSolved(rule, new ScriptedProbe(), 100, p -> p == 4 ? wrong(0.9) : correct(0.0));

        assertThat(solved).isEqualTo(9);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(9);
    }

    @Test
    void thePapersWindowAfter3000BadSequencesReports3000() {
        StopRule rule = stream(10_000, Measure.CORRECT, null, Report.STREAK_START);

        long solved = firstSolved(rule, new ScriptedProbe(), 20_000, p -> p <= 3000 ? wrong(0.5) : correct(0.1));

        assertThat(solved).isEqualTo(13_000);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(3000);
    }

    @Test
    void measureCorrectIgnoresTheErrorSize() {
        StopRule rule = stream(3, Measure.CORRECT, null, Report.STREAK_START);

        assertThat(firstSolved(rule, new ScriptedProbe(), 10, p -> correct(0.9)))
                .isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"0.2499, 3", "0.25, -1", "0.3, -1", "NaN, -1"})
    void endAbsNeedsTheMaximalEndErrorStrictlyBelowBeta(double error, long expected) {
        StopRule rule = stream(3, Measure.END_ABS, 0.25, Report.STREAK_START);
        // the task's own verdict is ignored under end-abs
        SequenceOutcome outcome = new SequenceOutcome(false, error, 0.0, 0.0, 0.0);

        assertThat(firstSolved(rule, new ScriptedProbe(), 10, p -> outcome)).isEqualTo(expected);
    }

    @Test
    void frozenTestEvaluatesTheTestSetOfWindowSequencesEveryN() {
        StopRule rule = new AbsStreakStopRuleFactory()
                .create(
                        new AbsStreakParams(10_000, Measure.CORRECT, null, Report.STREAK_START, Mode.FROZEN_TEST, 1000),
                        new TestBuildContext());
        ScriptedProbe probe = new ScriptedProbe().onTest(eval(10_000, 2, 0.1, 0.1), eval(10_000, 0, 0.1, 0.1));

        long solved = firstSolved(rule, probe, 5000, p -> wrong(0.9));

        assertThat(solved).isEqualTo(2000);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(2000);
        assertThat(probe.calls).containsExactly("test:10000", "test:10000");
    }

    @Test
    void frozenTestWithEndAbsJudgesTheLargestEndError() {
        StopRule rule = new AbsStreakStopRuleFactory()
                .create(
                        new AbsStreakParams(100, Measure.END_ABS, 0.2, Report.STREAK_START, Mode.FROZEN_TEST, 10),
                        new TestBuildContext());
        ScriptedProbe probe = new ScriptedProbe()
                .onTest(new Evaluation(100, 5, 0.01, 0.2, 0.0, 0.0), new Evaluation(100, 5, 0.01, 0.19, 0.0, 0.0));

        assertThat(firstSolved(rule, probe, 100, p -> correct(0.0))).isEqualTo(20);
    }
}
