package org.lstm97.baselines.chunker;

import java.util.random.RandomGenerator;

import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.NetworkProbe;

/** A trial context for tests: streams derived from one seed, a {@link NetworkProbe}. */
record TestContext(SequenceTask task, StopRule stopRule, long budget, long seed) implements TrainingContext {

    @Override
    public RandomGenerator random(String name) {
        return Seeds.stream(seed, name);
    }

    @Override
    public Probe probeFor(Network network) {
        return new NetworkProbe(network, task, this::random);
    }
}
