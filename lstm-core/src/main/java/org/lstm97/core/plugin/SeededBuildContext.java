package org.lstm97.core.plugin;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Seeds;

/**
 * A build context from two seeds, for building plugins outside a trial ({@code lstm97 sample}, {@code bench},
 * tests): per-trial streams {@code Seeds.stream(seed, name)}, shared streams {@code Seeds.stream(sharedSeed, name)}.
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
