package org.lstm97.baselines.guessing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.train.NetworkProbe;
import org.lstm97.core.train.Outcomes;

/**
 * Random weight guessing (G01 node2): "REPEAT randomly initialize the weights UNTIL the resulting net happens
 * to classify all training sequences correctly". Each guess is run, frozen, over the screening set; every
 * sequence run counts as one presentation. The trial is solved when the experiment's stop rule holds; the
 * number of guesses is reported as the milestone {@value #GUESSES}.
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
        return new GuessedNetwork(inputSize, outputSize, params.hidden(), params.architecture(), params.bias(),
                params.hiddenSelfLoops(), params.activation());
    }

    @Override
    public TrialOutcome train(TrainingContext context) {
        SequenceTask task = context.task();
        StopRule stopRule = context.stopRule();
        List<Sequence> screening = screeningSet(task, context.random("screening"));
        RandomGenerator init = context.random("init");
        GuessedNetwork network = createNetwork(task.inputSize(), task.outputSize());
        Probe probe = context.probeFor(network);
        boolean everySequence = params.stopRuleFeed() == StopRuleFeed.EVERY_SEQUENCE;
        double[] out = new double[network.outputSize()];
        double[] trace = new double[maxLength(screening) * network.outputSize()];
        long budget = context.budget();
        long presented = 0;
        long steps = 0;
        long guesses = 0;
        while (presented < budget) {
            guesses++;
            network.guess(init, params.weightRange());
            boolean passed = true;
            SequenceOutcome last = null;
            for (Sequence seq : screening) {
                if (presented >= budget) {
                    passed = false;
                    break;
                }
                run(network, seq, out, trace);
                presented++;
                steps += seq.length();
                last = Outcomes.of(task, seq, trace);
                if (everySequence && stopRule.afterSequence(presented, last, probe) == StopRule.Verdict.SOLVED) {
                    return solved(stopRule, presented, steps, probe, guesses, network);
                }
                if (!last.correct()) {
                    passed = false;
                    if (params.earlyAbort()) {
                        break;
                    }
                }
            }
            if (passed && !everySequence
                    && stopRule.afterSequence(presented, last, probe) == StopRule.Verdict.SOLVED) {
                return solved(stopRule, presented, steps, probe, guesses, network);
            }
        }
        return new TrialOutcome(TrialOutcome.Status.UNSOLVED, presented, null, steps,
                milestones(probe, guesses), network, guesses + " guesses without success");
    }

    private static TrialOutcome solved(StopRule stopRule, long presented, long steps, Probe probe, long guesses,
                                       GuessedNetwork network) {
        return new TrialOutcome(TrialOutcome.Status.SOLVED, presented, stopRule.sequencesToSuccess(presented),
                steps, milestones(probe, guesses), network, "solved by guess " + guesses);
    }

    private List<Sequence> screeningSet(SequenceTask task, RandomGenerator random) {
        List<Sequence> fixed = task.trainingSet();
        if (!fixed.isEmpty()) {
            return fixed;
        }
        List<Sequence> set = new ArrayList<>(params.screeningSetSize());
        for (int i = 0; i < params.screeningSetSize(); i++) {
            set.add(task.generate(random));
        }
        return set;
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

    private static Map<String, Long> milestones(Probe probe, long guesses) {
        Map<String, Long> map = new LinkedHashMap<>();
        if (probe instanceof NetworkProbe np) {
            map.putAll(np.milestones());
        }
        map.put(GUESSES, guesses);
        return map;
    }
}
