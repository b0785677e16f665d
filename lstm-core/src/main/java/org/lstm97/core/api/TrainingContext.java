package org.lstm97.core.api;

import java.util.random.RandomGenerator;

/** Everything a learner gets for one trial. */
public interface TrainingContext {

    SequenceTask task();

    StopRule stopRule();

    /** Maximum number of training sequences to present. */
    long budget();

    /** A random stream derived from the trial's seed and {@code name} ("init", "train", ...). */
    RandomGenerator random(String name);

    /** Measures a frozen network and gives the stop rule access to the task's sets. */
    Probe probeFor(Network network);
}
