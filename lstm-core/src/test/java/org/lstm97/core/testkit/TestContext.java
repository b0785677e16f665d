package org.lstm97.core.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.NetworkProbe;

/**
 * A trial context for tests: one task, one stop rule, a budget, named streams derived from one seed, and a
 * {@link NetworkProbe} over the same streams.
 *
 * @param streams how a stream name and the seed become a generator; tests pinned on one derivation keep it
 */
public record TestContext(SequenceTask task, StopRule stopRule, long budget, long seed, Streams streams)
        implements TrainingContext {

    /** A context whose streams are {@code Seeds.stream(seed, name)}. */
    public TestContext(SequenceTask task, StopRule stopRule, long budget, long seed) {
        this(task, stopRule, budget, seed, Streams.SEEDS);
    }

    @Override
    public RandomGenerator random(String name) {
        return streams.derive(seed, name);
    }

    @Override
    public Probe probeFor(Network network) {
        return new NetworkProbe(network, task, this::random);
    }

    /** How a named stream is derived from the seed. */
    public enum Streams {
        /** {@code Seeds.stream(seed, name)}, the project's derivation. */
        SEEDS {
            @Override
            RandomGenerator derive(long seed, String name) {
                return Seeds.stream(seed, name);
            }
        },
        /** {@code new SplittableRandom(seed * 31 + name.hashCode())}, the streams older learner tests are pinned on. */
        HASHED {
            @Override
            RandomGenerator derive(long seed, String name) {
                return new SplittableRandom(seed * 31 + name.hashCode());
            }
        };

        abstract RandomGenerator derive(long seed, String name);
    }
}
