package org.lstm97.baselines.rtrl;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.random.Draws;
import org.lstm97.core.train.NetworkProbe;

/** Small in-test sequences and tasks (baselines never depend on lstm-tasks). */
final class SmallTasks {
    private SmallTasks() {
    }

    /** A dense sequence with random inputs in [-1, 1] and random targets in (0, 1) on some steps. */
    static Sequence denseRandom(RandomGenerator random, int length, int in, int out) {
        Sequence.Builder b = Sequence.builder(length, in, out);
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < in; i++) {
                b.input(t, i, Draws.uniform(random, -1.0, 1.0));
            }
            if (t % 3 != 1) {
                for (int k = 0; k < out; k++) {
                    b.target(t, k, Draws.uniform(random, 0.05, 0.95));
                }
            }
        }
        return b.build();
    }

    /** A one-hot sequence with random symbols and one-hot targets on every step but the first. */
    static Sequence oneHotRandom(RandomGenerator random, int length, int in, int out) {
        Sequence.Builder b = Sequence.builder(length, in, out);
        for (int t = 0; t < length; t++) {
            b.oneHot(t, Draws.uniformInt(random, 0, in - 1));
            if (t > 0) {
                int hot = Draws.uniformInt(random, 0, out - 1);
                for (int k = 0; k < out; k++) {
                    b.target(t, k, k == hot ? 1.0 : 0.0);
                }
            }
        }
        return b.build();
    }

    /** The sequence's error E = 1/2 sum over target steps and outputs of (d - y)^2, without learning. */
    static double error(Network net, Sequence seq) {
        double[] out = new double[net.outputSize()];
        double e = 0.0;
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, false);
            if (seq.hasTarget(t)) {
                for (int k = 0; k < out.length; k++) {
                    double d = seq.target(t, k) - out[k];
                    e += 0.5 * d * d;
                }
            }
        }
        net.endSequence(false);
        return e;
    }

    /**
     * "Say the previous symbol": two one-hot symbols, length 6, the target at step t is the symbol of step t-1.
     * Needs one step of memory, so only a recurrent net solves it; correct = every target unit on the right side
     * of 0.5.
     */
    static final class PreviousSymbolTask implements SequenceTask {
        @Override
        public int inputSize() {
            return 2;
        }

        @Override
        public int outputSize() {
            return 2;
        }

        @Override
        public List<String> inputNames() {
            return List.of("a", "b");
        }

        @Override
        public List<String> outputNames() {
            return List.of("a", "b");
        }

        @Override
        public Sequence next(RandomGenerator random) {
            int length = 6;
            Sequence.Builder b = Sequence.builder(length, 2, 2);
            int previous = -1;
            for (int t = 0; t < length; t++) {
                int s = Draws.uniformInt(random, 0, 1);
                b.oneHot(t, s);
                if (previous >= 0) {
                    b.target(t, 0, previous == 0 ? 1.0 : 0.0);
                    b.target(t, 1, previous == 1 ? 1.0 : 0.0);
                }
                previous = s;
            }
            return b.build();
        }

        @Override
        public boolean isCorrect(Sequence sequence, double[] outputs) {
            for (int t = 0; t < sequence.length(); t++) {
                if (sequence.hasTarget(t)) {
                    for (int k = 0; k < 2; k++) {
                        if (Math.abs(sequence.target(t, k) - outputs[t * 2 + k]) >= 0.5) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }

    /** Solved once {@code streak} training sequences in a row were correct. */
    static StopRule streak(int streak) {
        int[] run = new int[1];
        return (presented, outcome, probe) -> {
            run[0] = outcome.correct() ? run[0] + 1 : 0;
            return run[0] >= streak ? StopRule.Verdict.SOLVED : StopRule.Verdict.CONTINUE;
        };
    }

    /** A training context over seeded streams. */
    static TrainingContext context(SequenceTask task, StopRule rule, long budget, long seed) {
        return new TrainingContext() {
            @Override
            public SequenceTask task() {
                return task;
            }

            @Override
            public StopRule stopRule() {
                return rule;
            }

            @Override
            public long budget() {
                return budget;
            }

            @Override
            public RandomGenerator random(String name) {
                return new SplittableRandom(seed * 31 + name.hashCode());
            }

            @Override
            public Probe probeFor(Network network) {
                return new NetworkProbe(network, task, this::random);
            }
        };
    }
}
