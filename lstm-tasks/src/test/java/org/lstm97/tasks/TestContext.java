package org.lstm97.tasks;

import java.util.random.RandomGenerator;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.random.Seeds;

/** A build context for tests: per-trial and shared streams derived from a base seed. */
public record TestContext(long seed, int trialIndex) implements BuildContext {

    @Override
    public RandomGenerator random(String name) {
        return Seeds.stream(seed, "trial", Integer.toString(trialIndex), name);
    }

    @Override
    public RandomGenerator sharedRandom(String name) {
        return Seeds.stream(seed, "shared", name);
    }
}
