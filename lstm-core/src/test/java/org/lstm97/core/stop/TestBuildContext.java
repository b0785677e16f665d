package org.lstm97.core.stop;

import java.util.random.RandomGenerator;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.random.Seeds;

/** A build context for trial 0 with streams derived from a fixed seed. */
public final class TestBuildContext implements BuildContext {

    @Override
    public int trialIndex() {
        return 0;
    }

    @Override
    public RandomGenerator random(String name) {
        return Seeds.stream(42L, "trial-0", name);
    }

    @Override
    public RandomGenerator sharedRandom(String name) {
        return Seeds.stream(42L, name);
    }
}
