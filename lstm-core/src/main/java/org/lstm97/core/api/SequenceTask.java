package org.lstm97.core.api;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One of the paper's tasks, configured: a generator of training sequences, the fixed sets the paper
 * uses, and the task's own notion of a correct prediction.
 *
 * <p>A task instance belongs to one trial and is used by one thread.
 */
public interface SequenceTask {

    int inputSize();

    int outputSize();

    /** Names of the input units in order (the paper's symbols), or null when the input is not symbolic. */
    List<String> inputNames();

    /** Names of the output units in order, or null when the output is not symbolic. */
    List<String> outputNames();

    /**
     * The next training sequence. Tasks that train on a fixed set (Exp. 1, 2a) draw an exemplar from it at
     * random; the others generate a fresh sequence on-line.
     */
    Sequence next(RandomGenerator random);

    /** A fresh, freshly generated sequence from the task's distribution (for test sets drawn at random). */
    default Sequence generate(RandomGenerator random) {
        return next(random);
    }

    /** The fixed training set when the paper uses one (Exp. 1), otherwise empty. */
    default List<Sequence> trainingSet() {
        return List.of();
    }

    /** The paper's fixed test set when the paper defines one (Exp. 1), otherwise empty. */
    default List<Sequence> testSet() {
        return List.of();
    }

    /**
     * Whether the outputs for a whole sequence count as a correct prediction under the paper's criterion for
     * this task (e.g. ABS(0.04) at the end for adding; the legal successors most active for Reber).
     *
     * @param outputs the outputs at every step, {@code sequence.length() x outputSize()}, row-major; the array may
     *                be longer (a reused buffer): entries past the sequence are to be ignored
     */
    boolean isCorrect(Sequence sequence, double[] outputs);
}
