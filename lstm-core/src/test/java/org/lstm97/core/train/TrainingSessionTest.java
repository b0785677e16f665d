package org.lstm97.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.testkit.LatchTask;
import org.lstm97.core.testkit.StreakRule;
import org.lstm97.core.testkit.TestContext;

/** The session's bookkeeping as a learner that sweeps a fixed set uses it (present, consult, pass). */
class TrainingSessionTest {
    private static final LatchTask TASK = new LatchTask(4);
    private static final Network NET = new ToyNetwork();

    private static TrainingSession session(long budget, int streak) {
        TestContext context = new TestContext(TASK, new StreakRule(streak), budget, 3);
        return new TrainingSession(context, context.probeFor(NET));
    }

    private static double[] answer(Sequence seq, boolean right) {
        double[] outputs = new double[seq.length()];
        double target = seq.target(seq.length() - 1, 0);
        outputs[seq.length() - 1] = right ? target : 1.0 - target;
        return outputs;
    }

    @Test
    void presentedSequencesCountAndTheStopRuleDecidesOnlyWhenConsulted() {
        TrainingSession session = session(100, 2);
        RandomGenerator random = Seeds.stream(1L, "set");
        Sequence seq = TASK.next(random);
        session.present(seq, answer(seq, true));
        session.present(seq, answer(seq, true));
        assertThat(session.decided()).as("not consulted yet").isFalse();
        session.consult(session.present(seq, answer(seq, true)));
        assertThat(session.decided()).as("a streak of one consulted outcome").isFalse();
        session.consult(session.present(seq, answer(seq, true)));

        TrialOutcome outcome = session.outcome(NET, "note");
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        assertThat(outcome.presented()).isEqualTo(4);
        assertThat(outcome.sequencesToSuccess()).isEqualTo(4L);
        assertThat(outcome.steps()).isEqualTo(4L * seq.length());
        assertThat(outcome.network()).isSameAs(NET);
        assertThat(outcome.message()).isEqualTo("note");
    }

    @Test
    void passedSweepsCountStepsButStopAtTheBudget() {
        TrainingSession session = session(10, 1);
        Sequence seq = TASK.next(Seeds.stream(1L, "set"));
        session.present(seq, answer(seq, false));
        assertThat(session.pass(4, 20)).isTrue();
        assertThat(session.remaining()).isEqualTo(5);
        assertThat(session.pass(8, 40)).isFalse();

        TrialOutcome outcome = session.outcome(NET, "out of budget");
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
        assertThat(outcome.presented()).isEqualTo(10);
        assertThat(outcome.steps()).isEqualTo(seq.length() + 60L);
        assertThat(outcome.sequencesToSuccess()).isNull();
    }

    @Test
    void aNonFiniteOutputEndsTheTrialAsDivergedBeforeTheStopRuleIsAsked() {
        TrainingSession session = session(10, 1);
        Sequence seq = TASK.next(Seeds.stream(1L, "set"));
        double[] outputs = answer(seq, true);
        outputs[seq.length() - 1] = Double.NaN;
        assertThat(session.consult(session.present(seq, outputs))).isFalse();

        TrialOutcome outcome = session.outcome(NET, "ignored");
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.DIVERGED);
        assertThat(outcome.network()).isNull();
        assertThat(outcome.message()).isEqualTo("NaN or infinity after 1 sequences");
    }

    @Test
    void theOutcomeCarriesTheProbesMilestonesAndTheLearnersCounts() {
        TestContext context = new TestContext(TASK, new StreakRule(1), 10, 3);
        Probe probe = context.probeFor(NET);
        TrainingSession session = new TrainingSession(context, probe);
        probe.milestone("ST1", 7);
        session.count("guesses", 12);
        assertThat(session.outcome(NET).milestones()).isEqualTo(Map.of("ST1", 7L, "guesses", 12L));
    }

    /** A network the session only hands back (the learner runs the sequences itself). */
    private static final class ToyNetwork implements Network {
        @Override
        public int inputSize() {
            return 3;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public int weightCount() {
            return 0;
        }

        @Override
        public void startSequence() {}

        @Override
        public void step(Sequence sequence, int t, double[] out, boolean learn) {
            out[0] = 0.5;
        }

        @Override
        public void endSequence(boolean learn) {}

        @Override
        public boolean diverged() {
            return false;
        }
    }
}
