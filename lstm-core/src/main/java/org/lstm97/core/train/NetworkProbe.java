package org.lstm97.core.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;

/**
 * The {@link Probe} of one trial: evaluates a network frozen, draws each random test set once from a seeded
 * stream and reuses it, and records milestones.
 */
public final class NetworkProbe implements Probe {
    private final Function<List<Sequence>, Evaluation> evaluator;
    private final SequenceTask task;
    private final Function<String, RandomGenerator> streams;
    private final Map<Integer, List<Sequence>> testSets = new HashMap<>();
    private final Map<String, Long> milestones = new LinkedHashMap<>();

    /**
     * @param streams gives the random stream named by its argument (the trial's derived streams)
     */
    public NetworkProbe(Network network, SequenceTask task, Function<String, RandomGenerator> streams) {
        this(sequences -> Evaluator.evaluate(network, task, sequences), task, streams);
    }

    /**
     * A probe whose frozen evaluations are made by {@code evaluator} (e.g. the lane engine's, which must give
     * what {@link Evaluator} gives for the same weights).
     */
    public NetworkProbe(
            Function<List<Sequence>, Evaluation> evaluator,
            SequenceTask task,
            Function<String, RandomGenerator> streams) {
        this.evaluator = evaluator;
        this.task = task;
        this.streams = streams;
    }

    @Override
    public Evaluation evaluate(List<Sequence> sequences) {
        return evaluator.apply(sequences);
    }

    @Override
    public List<Sequence> trainingSet() {
        return task.trainingSet();
    }

    @Override
    public List<Sequence> testSet(int size) {
        List<Sequence> fixed = task.testSet();
        if (!fixed.isEmpty()) {
            return fixed;
        }
        return testSets.computeIfAbsent(size, n -> {
            RandomGenerator random = streams.apply("test-" + n);
            List<Sequence> set = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                set.add(task.generate(random));
            }
            return List.copyOf(set);
        });
    }

    @Override
    public void milestone(String name, long presented) {
        milestones.putIfAbsent(name, presented);
    }

    @Override
    public Map<String, Long> milestones() {
        return Map.copyOf(milestones);
    }
}
