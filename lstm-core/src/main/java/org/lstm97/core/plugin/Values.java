package org.lstm97.core.plugin;

/** Formats numbers the way a user wrote them: integers without ".0". */
public final class Values {
    private Values() {}

    public static String format(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
