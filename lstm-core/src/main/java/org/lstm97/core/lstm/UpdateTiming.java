package org.lstm97.core.lstm;

/** When accumulated weight changes are applied (PAPER.md §1.6, U1). */
public enum UpdateTiming {
    /** Option A: sum the contributions of all steps, apply at the sequence end (default). */
    PER_SEQUENCE,
    /** Option B: apply after every step that has an error (real-time updating). */
    PER_STEP
}
