package org.lstm97.baselines.chunker;

/** Which of C's activations the automatizer A learns to predict (its extra outputs). */
public enum ChunkerState {
    /** C's hidden unit only: LSTM97's "an additional output for predicting the hidden unit of the other one". */
    HIDDEN,
    /** C's hidden unit and C's output units: Schmidhuber 1992's "C's state", hidden and output activations. */
    HIDDEN_AND_OUTPUTS
}
