package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lstm97.core.stop.HandMadeOutcomes.correct;
import static org.lstm97.core.stop.HandMadeOutcomes.firstSolved;
import static org.lstm97.core.stop.ScriptedProbe.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllCorrectStopRuleTest {

    @Test
    void firesAtTheFirstCheckWhereTrainingAndTestSetAreBothCorrect() {
        ScriptedProbe probe = new ScriptedProbe(256)
                .onTraining(eval(256, 3, 0.2, 0.2), eval(256, 0, 0.1, 0.1), eval(256, 0, 0.1, 0.1))
                .onTest(eval(256, 1, 0.1, 0.1), eval(256, 0, 0.1, 0.1));
        AllCorrectStopRule rule = new AllCorrectStopRule(new AllCorrectParams(100, 256));

        long solved = firstSolved(rule, probe, 1000, p -> correct(0.0));

        assertThat(solved).isEqualTo(300);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(300);
        // the test set is skipped while the training set still has errors
        assertThat(probe.calls).containsExactly("train", "train", "test:256", "train", "test:256");
    }

    @Test
    void wrongTestSequencesAloneKeepItGoing() {
        ScriptedProbe probe = new ScriptedProbe(256)
                .onTraining(eval(256, 0, 0.1, 0.1), eval(256, 0, 0.1, 0.1))
                .onTest(eval(256, 1, 0.1, 0.1), eval(256, 1, 0.1, 0.1));
        AllCorrectStopRule rule = new AllCorrectStopRule(new AllCorrectParams(10, 256));

        assertThat(firstSolved(rule, probe, 20, p -> correct(0.0))).isEqualTo(-1);
        assertThat(probe.calls).containsExactly("train", "test:256", "train", "test:256");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 1000})
    void checksOnlyAtMultiplesOfEvery(int every) {
        ScriptedProbe probe = new ScriptedProbe(4)
                .onTraining(eval(4, 1, 0.1, 0.1), eval(4, 0, 0.1, 0.1))
                .onTest(eval(256, 0, 0.1, 0.1));
        AllCorrectStopRule rule = new AllCorrectStopRule(new AllCorrectParams(every, 256));

        assertThat(firstSolved(rule, probe, 10_000, p -> correct(0.0))).isEqualTo(2L * every);
        assertThat(probe.calls).hasSize(3);
    }

    @Test
    void withoutATrainingSetOnlyTheTestSetIsJudged() {
        ScriptedProbe probe = new ScriptedProbe().onTest(eval(50, 2, 0.1, 0.1), eval(50, 0, 0.1, 0.1));
        AllCorrectStopRule rule = new AllCorrectStopRule(new AllCorrectParams(5, 50));

        assertThat(firstSolved(rule, probe, 100, p -> correct(0.0))).isEqualTo(10);
        assertThat(probe.calls).containsExactly("test:50", "test:50");
    }

    @Test
    void aFixedTestSetOfAnotherSizeIsAConfigurationError() {
        ScriptedProbe probe = new ScriptedProbe() {
            @Override
            public java.util.List<org.lstm97.core.api.Sequence> testSet(int size) {
                return super.testSet(200);
            }
        };
        AllCorrectStopRule rule = new AllCorrectStopRule(new AllCorrectParams(1, 256));

        assertThatThrownBy(() -> rule.afterSequence(1, correct(0.0), probe))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("all-correct: the task's test set has 200 sequences but the rule asks for 256");
    }
}
