package org.lstm97.baselines.rcc;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;

/**
 * A task trained on a fixed set of its own sequences, drawn once from {@code Seeds.stream(seed)}: cascade-correlation
 * trains epochs over a fixed set (Fahlman 1991). Fresh sequences and the judgement of outputs are the task's.
 */
final class FixedSetTask implements SequenceTask {
    private final SequenceTask task;
    private final List<Sequence> trainingSet;

    FixedSetTask(SequenceTask task, int size, long seed) {
        this.task = task;
        RandomGenerator random = Seeds.stream(seed);
        List<Sequence> set = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            set.add(task.generate(random));
        }
        this.trainingSet = List.copyOf(set);
    }

    @Override
    public int inputSize() {
        return task.inputSize();
    }

    @Override
    public int outputSize() {
        return task.outputSize();
    }

    @Override
    public List<String> inputNames() {
        return task.inputNames();
    }

    @Override
    public List<String> outputNames() {
        return task.outputNames();
    }

    @Override
    public Sequence next(RandomGenerator random) {
        return trainingSet.get(random.nextInt(trainingSet.size()));
    }

    @Override
    public Sequence generate(RandomGenerator random) {
        return task.generate(random);
    }

    @Override
    public List<Sequence> trainingSet() {
        return trainingSet;
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return task.isCorrect(sequence, outputs);
    }
}
