package org.lstm97.tasks.reber;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;

/**
 * Exp. 1, the embedded Reber grammar [NC97 Sec. 5.1]: training exemplars are picked at random from a fixed
 * training set; the fixed test set holds strings outside it; {@link #generate} draws fresh strings.
 */
public final class EmbeddedReberTask implements SequenceTask {
    private final TargetCoding coding;
    private final ReberSetPair sets;

    public EmbeddedReberTask(EmbeddedReberParams params, ReberSetPair sets) {
        this.coding = params.targets();
        this.sets = sets;
    }

    @Override
    public int inputSize() {
        return ReberAutomaton.SYMBOLS.size();
    }

    @Override
    public int outputSize() {
        return ReberAutomaton.SYMBOLS.size();
    }

    @Override
    public List<String> inputNames() {
        return ReberAutomaton.SYMBOLS;
    }

    @Override
    public List<String> outputNames() {
        return ReberAutomaton.SYMBOLS;
    }

    /** A training string chosen uniformly at random from the training set (Table 11 "t1"). */
    @Override
    public Sequence next(RandomGenerator random) {
        List<Sequence> training = sets.training();
        return training.get(Draws.uniformInt(random, 0, training.size() - 1));
    }

    /** A fresh embedded Reber string (it may or may not be in either set). */
    @Override
    public Sequence generate(RandomGenerator random) {
        return ReberSequences.build(ReberStrings.draw(random, true), true, coding);
    }

    @Override
    public List<Sequence> trainingSet() {
        return sets.training();
    }

    @Override
    public List<Sequence> testSet() {
        return sets.test();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return ReberSequences.isCorrect(sequence, outputs, true);
    }
}
