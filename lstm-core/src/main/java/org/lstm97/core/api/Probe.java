package org.lstm97.core.api;

import java.util.List;
import java.util.Map;

/**
 * What a stop rule may ask of the trial it watches: measure the current network, frozen, on a set of
 * sequences, obtain the task's fixed sets, and record intermediate milestones (e.g. when ST1 held before
 * ST2 did).
 */
public interface Probe {

    /** Evaluates the current network on {@code sequences} without changing any weight. */
    Evaluation evaluate(List<Sequence> sequences);

    /** The task's fixed training set (Exp. 1), or empty. */
    List<Sequence> trainingSet();

    /**
     * A test set of {@code size} sequences: the task's fixed test set when it has one (its size must match),
     * otherwise {@code size} sequences drawn once per trial from a seeded stream and reused.
     */
    List<Sequence> testSet(int size);

    /** Records that {@code name} (e.g. "ST1") first held after {@code presented} sequences. */
    void milestone(String name, long presented);

    /** The milestones recorded so far: each name with the sequences presented when it first held. */
    Map<String, Long> milestones();
}
