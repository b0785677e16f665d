package org.lstm97.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;

/** The fixed set a learner sweeps (cascade-correlation's training set, weight guessing's screening set). */
public final class TrainingSets {
    private TrainingSets() {}

    /**
     * The task's fixed training set when it has one, otherwise {@code size} sequences generated from
     * {@code random} in order.
     */
    public static List<Sequence> fixedOrDrawn(SequenceTask task, int size, RandomGenerator random) {
        List<Sequence> fixed = task.trainingSet();
        if (!fixed.isEmpty()) {
            return fixed;
        }
        List<Sequence> drawn = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            drawn.add(task.generate(random));
        }
        return List.copyOf(drawn);
    }
}
