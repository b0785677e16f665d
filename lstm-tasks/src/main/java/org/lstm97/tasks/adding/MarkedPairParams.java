package org.lstm97.tasks.adding;

import org.lstm97.core.plugin.ParamException;

/** Validation shared by the parameters of the marked-pair tasks (adding, multiplication). */
public final class MarkedPairParams {
    /** The smallest T for which the first ten pairs never include the last pair and X_2 has a choice. */
    public static final int MINIMAL_T = 11;

    private MarkedPairParams() {}

    /** Throws {@link ParamException} for a T below {@link #MINIMAL_T} or a bad threshold, rule or marker. */
    public static void validate(int minimalLength, double threshold, FirstPairRule rule, double marker) {
        if (minimalLength < MINIMAL_T) {
            throw new ParamException(
                    "T",
                    "T must be >= " + MINIMAL_T + " (X1 is among the first ten pairs, "
                            + "which must not reach the last pair), got " + minimalLength);
        }
        ParamException.positive("threshold", threshold);
        if (rule == null) {
            throw new ParamException("firstPairRule", "firstPairRule must be any-mark or x1-only");
        }
        if (marker != 1.0 && marker != -1.0) {
            throw new ParamException("firstPairMarker", "firstPairMarker must be 1 or -1, got " + marker);
        }
    }
}
