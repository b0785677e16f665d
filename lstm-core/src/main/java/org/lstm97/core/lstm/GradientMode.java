package org.lstm97.core.lstm;

/** Which gradient drives learning. */
public enum GradientMode {
    /** The paper's truncated RTRL-like rule, eqs (19)–(28) (default). */
    TRUNCATED,
    /** Ablation: the exact gradient of ½Σ(t − y)² through time, by BPTT over the stored sequence. */
    FULL
}
