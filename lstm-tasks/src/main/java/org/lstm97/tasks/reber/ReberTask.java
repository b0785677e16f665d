package org.lstm97.tasks.reber;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;

/** The plain Reber grammar (the building block of Exp. 1): a fresh random string per sequence. */
public final class ReberTask implements SequenceTask {
    private final TargetCoding coding;

    public ReberTask(ReberParams params) {
        this.coding = params.targets();
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

    @Override
    public Sequence next(RandomGenerator random) {
        return ReberSequences.build(ReberStrings.draw(random, false), false, coding);
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        return ReberSequences.isCorrect(sequence, outputs, false);
    }
}
