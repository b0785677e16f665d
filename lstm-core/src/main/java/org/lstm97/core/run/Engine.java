package org.lstm97.core.run;

import java.util.Locale;

/** Which engine trains the trials: one at a time, or side by side in SIMD lanes where that is possible. */
public enum Engine {
    /** Every trial alone, on its learner's own loop. */
    SCALAR,
    /**
     * The trials of an {@code lstm1997} row side by side in SIMD lanes (org.lstm97.core.lanes), where the row's
     * options allow it and the JVM has {@code jdk.incubator.vector}; every other row as with {@link #SCALAR}.
     * Results are the same bits either way.
     */
    LANES;

    /** The one line a run prints when it would use lanes but the JVM lacks the Vector API. */
    public static final String NO_VECTOR_API = "jdk.incubator.vector is not in this JVM (start java with "
            + "--add-modules jdk.incubator.vector): every trial runs on the scalar engine";

    /** Whether this JVM has the Vector API (it was started with {@code --add-modules jdk.incubator.vector}). */
    public static boolean lanesAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The engine named {@code name} ("lanes" or "scalar"), or null. */
    public static Engine named(String name) {
        for (Engine e : values()) {
            if (e.label().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
