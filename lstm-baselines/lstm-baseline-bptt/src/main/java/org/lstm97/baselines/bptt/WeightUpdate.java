package org.lstm97.baselines.bptt;

/** When BPTT changes the weights. */
public enum WeightUpdate {
    /** Epochwise BPTT: once per sequence, at its end (the exact gradient when untruncated). */
    SEQUENCE,
    /** After every step with a target, from that step's error propagated back through the stored steps. */
    STEP
}
