package org.lstm97.tasks;

import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/** Sequence lengths as the paper draws them. */
public final class Lengths {
    private Lengths() {}

    /**
     * A length uniform in [T, T + T/10] (Exp. 3, 4, 5); integer and inclusive at both ends, with T/10 rounded
     * down [PAPER.md U9].
     */
    public static int tPlusTenth(RandomGenerator random, int minimalLength) {
        return Draws.uniformInt(random, minimalLength, minimalLength + minimalLength / 10);
    }
}
