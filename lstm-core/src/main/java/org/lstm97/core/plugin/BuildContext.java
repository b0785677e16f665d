package org.lstm97.core.plugin;

import java.util.random.RandomGenerator;

/** What a factory may use when it builds a plugin for one trial. */
public interface BuildContext {

    /** The trial's index within its row, from 0. */
    int trialIndex();

    /** A stream derived from the trial's seed and {@code name}: differs per trial. */
    RandomGenerator random(String name);

    /**
     * A stream derived from the experiment's base seed, the experiment name and {@code name} only: the same for
     * every row and trial of the experiment (e.g. the three train/test pairs of Exp. 1 shared by all rows).
     */
    RandomGenerator sharedRandom(String name);
}
