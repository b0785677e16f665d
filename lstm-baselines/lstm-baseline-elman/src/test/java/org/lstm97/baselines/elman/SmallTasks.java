package org.lstm97.baselines.elman;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.train.NetworkProbe;

/** In-test training plumbing: a streak stop rule and a seeded training context. */
final class SmallTasks {
    private SmallTasks() {
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
