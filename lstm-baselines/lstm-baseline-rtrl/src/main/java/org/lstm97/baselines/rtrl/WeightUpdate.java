package org.lstm97.baselines.rtrl;

/** When RTRL changes the weights (Williams &amp; Zipser 1989, BASELINES.md Sec. 2.2). */
public enum WeightUpdate {
    /** Real-time RTRL: after every step with a target, while the net is running (the paper's "online RTRL"). */
    STEP,
    /** Offline (epochwise) RTRL: the sequence's summed change at its end; the exact gradient, equal to BPTT's. */
    SEQUENCE
}
