package org.lstm97.core.testkit;

import java.util.random.RandomGenerator;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.random.Seeds;

/**
 * A build context for plugin tests: per-trial streams {@code Seeds.stream(seed, name)}, shared streams
 * {@code Seeds.stream(sharedSeed, name)}.
 */
public record SeededBuildContext(int trialIndex, long seed, long sharedSeed) implements BuildContext {

    @Override
    public RandomGenerator random(String name) {
        return Seeds.stream(seed, name);
    }

    @Override
    public RandomGenerator sharedRandom(String name) {
        return Seeds.stream(sharedSeed, name);
    }
}
