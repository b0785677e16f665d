package org.lstm97.baselines.guessing;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.train.TrainingSession;
import org.lstm97.core.train.TrainingSets;

/**
 * Random weight guessing (G01 node2): "REPEAT randomly initialize the weights UNTIL the resulting net happens
 * to classify all training sequences correctly". Each guess is run, frozen, over the screening set; every
 * sequence run counts as one presentation. The trial is solved when the experiment's stop rule holds; the
 * number of guesses is reported as the milestone {@value #GUESSES}. The counting and the stop rule are the
 * trial's {@link TrainingSession}'s.
 */
public final class GuessingLearner implements Learner {
    /** Milestone key holding the number of guesses drawn (a count of guesses, not of sequences). */
    public static final String GUESSES = "guesses";

    private final GuessingParams params;

    public GuessingLearner(GuessingParams params) {
        this.params = params;
    }

    /** A fresh net of this configuration with all weights 0 (call {@link GuessedNetwork#guess} to draw). */
    public GuessedNetwork createNetwork(int inputSize, int outputSize) {
        return new GuessedNetwork(
                inputSize,
                outputSize,
                params.hidden(),
                params.architecture(),
                params.bias(),
                params.hiddenSelfLoops(),
                params.activation());
    }

    @Override
    public TrialOutcome train(TrainingContext context) {
        SequenceTask task = context.task();
        List<Sequence> screening =
                TrainingSets.fixedOrDrawn(task, params.screeningSetSize(), context.random("screening"));
        RandomGenerator init = context.random("init");
        GuessedNetwork network = createNetwork(task.inputSize(), task.outputSize());
        TrainingSession session = new TrainingSession(context, context.probeFor(network));
        boolean everySequence = params.stopRuleFeed() == StopRuleFeed.EVERY_SEQUENCE;
        double[] out = new double[network.outputSize()];
        double[] trace = new double[maxLength(screening) * network.outputSize()];
        long guesses = 0;
        while (session.running()) {
            guesses++;
            network.guess(init, params.weightRange());
            boolean passed = true;
            SequenceOutcome last = null;
            for (Sequence seq : screening) {
                if (!session.running()) {
                    passed = false;
                    break;
                }
                run(network, seq, out, trace);
                last = session.present(seq, trace);
                if (everySequence) {
                    session.consult(last);
                }
                if (session.decided()) {
                    break;
                }
                if (!last.correct()) {
                    passed = false;
                    if (params.earlyAbort()) {
                        break;
                    }
                }
            }
            if (passed && !everySequence) {
                session.consult(last);
            }
        }
        session.count(GUESSES, guesses);
        return session.outcome(
                network,
                session.status() == TrialOutcome.Status.SOLVED
                        ? "solved by guess " + guesses
                        : guesses + " guesses without success");
    }

    private static int maxLength(List<Sequence> sequences) {
        int max = 1;
        for (Sequence s : sequences) {
            max = Math.max(max, s.length());
        }
        return max;
    }

    /** Runs one sequence through the frozen net, recording every step's outputs in {@code trace}. */
    static void run(GuessedNetwork network, Sequence seq, double[] out, double[] trace) {
        int k = network.outputSize();
        network.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            network.step(seq, t, out, false);
            System.arraycopy(out, 0, trace, t * k, k);
        }
        network.endSequence(false);
    }
}
