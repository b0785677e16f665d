package org.lstm97.tasks.reber;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/** Draws random (embedded) Reber strings as symbol indices. */
public final class ReberStrings {
    private ReberStrings() {}

    /**
     * A random complete string: wherever the grammar offers two symbols, each is taken with probability 0.5
     * [NC97 Sec. 5.1]; one {@link Draws#bernoulli} per choice, true taking the symbol with the lower unit index.
     */
    public static int[] draw(RandomGenerator random, boolean embedded) {
        ReberAutomaton automaton = ReberAutomaton.of(embedded);
        int[] symbols = new int[16];
        int n = 0;
        while (!automaton.complete()) {
            int mask = automaton.legalNext();
            int symbol = Integer.numberOfTrailingZeros(mask);
            if (Integer.bitCount(mask) == 2 && !Draws.bernoulli(random, 0.5)) {
                symbol = 31 - Integer.numberOfLeadingZeros(mask);
            }
            automaton.accept(symbol);
            if (n == symbols.length) {
                symbols = Arrays.copyOf(symbols, 2 * n);
            }
            symbols[n++] = symbol;
        }
        return Arrays.copyOf(symbols, n);
    }

    /** The string as letters, e.g. "BTBTXSETE". */
    public static String text(int[] symbols) {
        StringBuilder text = new StringBuilder(symbols.length);
        for (int s : symbols) {
            text.append(ReberAutomaton.SYMBOLS.get(s));
        }
        return text.toString();
    }
}
