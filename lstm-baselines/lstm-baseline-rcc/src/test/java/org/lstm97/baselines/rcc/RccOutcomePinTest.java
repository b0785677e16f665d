package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.tasks.reber.ReberParams;
import org.lstm97.tasks.reber.ReberTask;
import org.lstm97.tasks.reber.TargetCoding;

/**
 * The learner's bookkeeping pinned field by field (status, presentations, success count, steps, milestones,
 * message) on trials that end each way: solved after installing units, out of units, out of budget in an
 * output phase and in a candidate phase, with and without candidate epochs counted; on 32 strings of lstm-tasks'
 * Reber task (pinned again when the test moved from its own copy of the task to it).
 */
class RccOutcomePinTest {

    private static RccParams params(int maxHidden, boolean countCandidateEpochs) {
        RccParams d = RccParams.defaults();
        return new RccParams(
                maxHidden,
                d.candidates(),
                d.weightRange(),
                d.sigmoidPrimeOffset(),
                d.weightMultiplier(),
                d.outputEpsilon(),
                d.outputMu(),
                d.outputDecay(),
                d.outputPatience(),
                d.outputChangeThreshold(),
                d.outputMaxEpochs(),
                d.inputEpsilon(),
                d.inputMu(),
                d.inputDecay(),
                d.inputPatience(),
                d.inputChangeThreshold(),
                d.inputMaxEpochs(),
                d.trainingSetSize(),
                countCandidateEpochs);
    }

    static String summary(TrialOutcome o) {
        return o.status() + " " + o.presented() + " " + o.sequencesToSuccess() + " " + o.steps() + " "
                + new TreeMap<>(o.milestones()) + " " + o.message();
    }

    @ParameterizedTest(name = "seed {0} maxHidden {1} budget {2} count {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4 | 9 | 300000 | true  | SOLVED 16296 16296 121697 {} solved with 3 hidden units",
                "7 | 9 | 300000 | true  | UNSOLVED 56128 null 359570 {} all 9 hidden units installed without success",
                "4 | 9 | 300000 | false | SOLVED 6536 6536 48802 {} solved with 3 hidden units",
                "4 | 9 | 3000   | true  | UNSOLVED 3000 null 22466 {} 0 hidden units when the budget ran out",
                "4 | 9 | 7000   | true  | UNSOLVED 7000 null 52287 {} 1 hidden units when the budget ran out",
                "4 | 0 | 300000 | true  | UNSOLVED 1376 null 10277 {} all 0 hidden units installed without success",
                "4 | 9 | 1000   | true  | UNSOLVED 1000 null 7455 {} 0 hidden units when the budget ran out",
                "4 | 9 | 1400   | true  | UNSOLVED 1400 null 10277 {} 0 hidden units when the budget ran out",
                "4 | 9 | 1390   | false | UNSOLVED 1390 null 10393 {} 1 hidden units when the budget ran out"
            })
    void outcomesAreUnchanged(long seed, int maxHidden, long budget, boolean count, String pinned) {
        FixedSetTask task = new FixedSetTask(new ReberTask(new ReberParams(TargetCoding.NEXT_SYMBOL)), 32, seed);
        TrialOutcome outcome = new RccLearner(params(maxHidden, count))
                .train(new TestContext(task, new AllCorrectRule(32), budget, seed));
        assertThat(summary(outcome)).isEqualTo(pinned);
    }
}
