package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstm97.core.stop.HandMadeOutcomes.correct;
import static org.lstm97.core.stop.HandMadeOutcomes.firstSolved;
import static org.lstm97.core.stop.ScriptedProbe.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.stop.St1St2Params.Error;

class St1St2StopRuleTest {

    @Test
    void recordsSt1OnceAndStopsAtSt2() {
        // Exp. 3a: ST1 = no test sequence misclassified, ST2 = ST1 and mean abs error < 0.01
        ScriptedProbe probe = new ScriptedProbe()
                .onTest(
                        eval(256, 2, 0.3, 0.3), // 100: neither
                        eval(256, 0, 0.05, 0.05), // 200: ST1 first holds
                        eval(256, 1, 0.005, 0.005), // 300: ST1 lost again, so no ST2 despite the small error
                        eval(256, 0, 0.02, 0.02), // 400: ST1 only
                        eval(256, 0, 0.009, 0.009)); // 500: ST2
        St1St2StopRule rule = new St1St2StopRule(new St1St2Params(100, 256, 0, 0.01, Error.ABS));

        long solved = firstSolved(rule, probe, 10_000, p -> correct(0.0));

        assertThat(solved).isEqualTo(500);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(500);
        assertThat(probe.milestones).containsExactly(java.util.Map.entry(St1St2StopRule.ST1, 200L));
        assertThat(probe.milestoneCalls).isEqualTo(1);
        assertThat(probe.calls).containsOnly("test:256").hasSize(5);
    }

    @Test
    void st1AndSt2AtTheSameTestRecordTheMilestoneThere() {
        ScriptedProbe probe = new ScriptedProbe().onTest(eval(256, 3, 0.5, 0.5), eval(256, 0, 0.001, 0.001));
        St1St2StopRule rule = new St1St2StopRule(new St1St2Params(50, 256, 0, 0.01, Error.ABS));

        assertThat(firstSolved(rule, probe, 1000, p -> correct(0.0))).isEqualTo(100);
        assertThat(probe.milestones).containsEntry("ST1", 100L);
    }

    @ParameterizedTest
    @CsvSource({"5, 0.039, 100", "6, 0.001, -1", "5, 0.04, -1"})
    void exp3bAllowsFiveWrongAndNeedsTheMeanStrictlyBelowBeta(int wrong, double mean, long expected) {
        ScriptedProbe probe = new ScriptedProbe().onTest(eval(256, wrong, mean, mean));
        St1St2StopRule rule = new St1St2StopRule(new St1St2Params(100, 256, 5, 0.04, Error.ABS));

        assertThat(firstSolved(rule, probe, 100, p -> correct(0.0))).isEqualTo(expected);
        assertThat(probe.milestones.containsKey("ST1")).isEqualTo(wrong <= 5);
    }

    @ParameterizedTest
    @CsvSource({"CLEAN, 100", "ABS, -1"})
    void exp3cJudgesTheDistanceToTheNoiseFreeTarget(Error error, long expected) {
        // noisy targets keep the absolute error near 0.25 while the output is 0.014 from the clean target
        ScriptedProbe probe = new ScriptedProbe().onTest(eval(256, 0, 0.25, 0.014));
        St1St2StopRule rule = new St1St2StopRule(new St1St2Params(100, 256, 0, 0.015, error));

        assertThat(firstSolved(rule, probe, 100, p -> correct(0.0))).isEqualTo(expected);
    }
}
