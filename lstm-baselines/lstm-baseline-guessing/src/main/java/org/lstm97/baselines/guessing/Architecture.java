package org.lstm97.baselines.guessing;

/** Connectivity of a guessed net (G01 node2 / NIPS 9 node1). */
public enum Architecture {
    /**
     * A1: fully connected. Every hidden unit sees the inputs, the bias and the previous activations of every
     * hidden and output unit; every output unit sees the inputs, the bias, the current hidden activations and
     * the previous output activations.
     */
    A1,
    /**
     * A2: each hidden unit sees the inputs, the bias, the previous output activations and (optionally) its own
     * previous activation; each output unit sees the inputs, the bias and the current hidden activations.
     */
    A2
}
