package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** The learner inside the shared online loop: it solves a latch task, and divergence ends the trial as DIVERGED. */
class Lstm1997LearnerTest {
    private static final int LAG = 8;

    /** First symbol a or b, then fillers; the last step's target says which (1 for a, 0 for b). */
    private static final SequenceTask LATCH = new SequenceTask() {
        @Override
        public int inputSize() {
            return 3;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public List<String> inputNames() {
            return List.of("a", "b", "filler");
        }

        @Override
        public List<String> outputNames() {
            return List.of("was-a");
        }

        @Override
        public Sequence next(RandomGenerator random) {
            boolean a = random.nextBoolean();
            Sequence.Builder b = Sequence.builder(LAG + 1, 3, 1).oneHot(0, a ? 0 : 1);
            for (int t = 1; t <= LAG; t++) {
                b.oneHot(t, 2);
            }
            return b.target(LAG, 0, a ? 1.0 : 0.0).build();
        }

        @Override
        public boolean isCorrect(Sequence sequence, double[] outputs) {
            return Math.abs(outputs[LAG] - sequence.target(LAG, 0)) < 0.2;
        }
    };

    /** Solved after 50 correct sequences in a row, on the streams this test was pinned on. */
    private static TrainingContext context(long seed, long budget) {
        return new TestContext(LATCH, new StreakRule(50), budget, seed, TestContext.Streams.HASHED);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void solvesALatchInTheOnlineLoop(long seed) {
        TestNets.P p = new TestNets.P(2, 1, 0.5);
        p.bias = BiasUnits.ALL;
        p.inputGateBias = List.of(-1.0, -2.0);
        TrialOutcome outcome = new Lstm1997Learner(p.build()).train(context(seed, 20_000));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        assertThat(outcome.presented()).isGreaterThan(50);
        assertThat(outcome.network().weightCount())
                .isEqualTo(6 * (3 + 6 + 1) + 3); // 6 hidden rows over [x, y_hidden, 1]; output over 2 cells + bias
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void divergenceEndsTheTrialAsDiverged(long seed) {
        TestNets.P p = new TestNets.P(2, 1, 1e300);
        p.bias = BiasUnits.ALL;
        p.outputActivation = OutputActivation.LINEAR;
        TrialOutcome outcome = new Lstm1997Learner(p.build()).train(context(seed, 1_000));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.DIVERGED);
        assertThat(outcome.presented()).isLessThan(1_000);
    }
}
