package org.lstm97.tasks.adding;

/**
 * Which marked pair gets the paper's fixed value when it lands on the first position [PAPER.md U8]. The paper
 * only says "in the rare case where the first pair of the sequence gets marked, we set X_1 to zero" (Exp. 4;
 * one in Exp. 5). YAML {@code any-mark} (default) or {@code x1-only}.
 */
public enum FirstPairRule {
    /** Whichever marked pair (X_1 or X_2) is the first pair takes the fixed value [PAPER.md U8 INTERP]. */
    ANY_MARK,
    /** Only X_1 does; an X_2 on the first pair keeps its random value. */
    X1_ONLY
}
