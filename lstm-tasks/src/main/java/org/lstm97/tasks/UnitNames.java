package org.lstm97.tasks;

import java.util.ArrayList;
import java.util.List;

/** Builds the paper's unit names (e.g. a1 ... a99, x, y). */
public final class UnitNames {
    private UnitNames() {}

    /** {@code prefix1 ... prefixCount} followed by {@code tail}, as an unmodifiable list. */
    public static List<String> indexed(String prefix, int count, String... tail) {
        List<String> names = new ArrayList<>(count + tail.length);
        for (int i = 1; i <= count; i++) {
            names.add(prefix + i);
        }
        names.addAll(List.of(tail));
        return List.copyOf(names);
    }
}
