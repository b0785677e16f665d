package org.lstm97.baselines.rcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.TestContext;
import org.lstm97.core.train.Evaluator;
import org.lstm97.tasks.reber.ReberParams;
import org.lstm97.tasks.reber.ReberTask;
import org.lstm97.tasks.reber.TargetCoding;

class RccLearnerTest {

    /** Records what the learner did. */
    static final class Recorder implements RccListener {
        final Map<Integer, List<Double>> scores = new HashMap<>();
        final List<double[]> installed = new ArrayList<>();

        @Override
        public void candidateEpoch(int unit, int epoch, double bestScore) {
            scores.computeIfAbsent(unit, u -> new ArrayList<>()).add(bestScore);
        }

        @Override
        public void unitInstalled(int unit, double score, RccNetwork network) {
            installed.add(network.frozenUnit(unit));
        }
    }

    /** 32 strings of the plain Reber grammar, next-symbol targets: Fahlman's demonstration in small. */
    private static FixedSetTask reberStrings(long seed) {
        return new FixedSetTask(new ReberTask(new ReberParams(TargetCoding.NEXT_SYMBOL)), 32, seed);
    }

    private static TrialOutcome train(long seed, Recorder recorder) {
        FixedSetTask task = reberStrings(seed);
        return new RccLearner(RccParams.defaults(), recorder)
                .train(new TestContext(task, new AllCorrectRule(32), 300_000, seed));
    }

    /**
     * Seeds whose trials succeed within 9 units (others, e.g. 2, 3 and 7, run out of units, as some of Fahlman's
     * did; 9 of seeds 1-12 succeed on lstm-tasks' Reber strings).
     */
    @ParameterizedTest
    @ValueSource(longs = {4, 6, 8})
    void learnsTheReberGrammarByInstallingFrozenUnits(long seed) {
        Recorder recorder = new Recorder();
        TrialOutcome outcome = train(seed, recorder);

        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        RccNetwork net = (RccNetwork) outcome.network();
        assertThat(net.hiddenUnits()).isBetween(1, 9).isEqualTo(recorder.installed.size());
        for (int u = 0; u < net.hiddenUnits(); u++) {
            assertThat(net.frozenUnit(u))
                    .as("unit %d frozen since installation", u)
                    .containsExactly(recorder.installed.get(u));
        }
        FixedSetTask task = reberStrings(seed);
        assertThat(Evaluator.evaluate(net, task, task.trainingSet()).wrong()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void candidateCovarianceRisesDuringCandidateTraining(long seed) {
        Recorder recorder = new Recorder();
        train(seed, recorder);
        assertThat(recorder.scores).isNotEmpty();
        for (List<Double> scores : recorder.scores.values()) {
            assertThat(scores.size()).isGreaterThan(1);
            double max = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(max).isGreaterThan(scores.get(0));
        }
    }
}
