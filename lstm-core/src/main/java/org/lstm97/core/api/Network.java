package org.lstm97.core.api;

/**
 * A trainable recurrent network of one trial, driven step by step by the shared online training loop.
 *
 * <p>Implementations keep all state in preallocated flat arrays: {@link #step} runs billions of times in a
 * full reproduction and must not allocate.
 */
public interface Network {

    int inputSize();

    int outputSize();

    /** Number of trainable weights, counted as the paper counts them ("# weights"). */
    int weightCount();

    /** Resets activations, internal states and gradient traces before a new sequence. */
    void startSequence();

    /**
     * Processes step {@code t} of {@code sequence}: reads its input (sparsely when one-hot), writes the
     * output activations to {@code out[0..outputSize)}, and, when {@code learn} is true and the step has a
     * target, accumulates or applies the weight change for this step's error.
     */
    void step(Sequence sequence, int t, double[] out, boolean learn);

    /** Ends the sequence; when {@code learn} is true, applies the weight changes accumulated over it. */
    void endSequence(boolean learn);

    /** True once a weight or an activation became NaN or infinite; the trial then ends as diverged. */
    boolean diverged();
}
