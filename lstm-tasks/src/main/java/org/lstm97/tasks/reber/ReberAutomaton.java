package org.lstm97.tasks.reber;

import java.util.Arrays;
import java.util.List;

/**
 * The (embedded) Reber grammar as a deterministic automaton over the symbols B T P S X V E: it tells which
 * symbols may follow the string read so far and accepts one symbol at a time. Mutable and tiny; make one per
 * string.
 *
 * <p>Inner grammar [PAPER.md §3.1, BASELINES §1.2], state 0 entered after B: 0: T→1, P→2; 1: S→1, X→3;
 * 2: T→2, V→4; 3: X→2, S→5; 4: P→3, V→5; 5: E→end. Embedded grammar [BASELINES §1.3]: B, then T or P,
 * then one inner string B…E, then the same T or P again, then E.
 */
public final class ReberAutomaton {
    /** The symbols in the order of the input and output units. */
    public static final List<String> SYMBOLS = List.of("B", "T", "P", "S", "X", "V", "E");

    public static final int B = 0;
    public static final int T = 1;
    public static final int P = 2;
    public static final int S = 3;
    public static final int X = 4;
    public static final int V = 5;
    public static final int E = 6;

    private static final int BEFORE_B = 6;
    private static final int AFTER_E = 7;
    private static final int DEAD = -1;
    /** NEXT[state][symbol]: the inner state after reading symbol, or DEAD. */
    private static final int[][] NEXT = new int[8][7];

    static {
        for (int[] row : NEXT) {
            Arrays.fill(row, DEAD);
        }
        NEXT[BEFORE_B][B] = 0;
        NEXT[0][T] = 1;
        NEXT[0][P] = 2;
        NEXT[1][S] = 1;
        NEXT[1][X] = 3;
        NEXT[2][T] = 2;
        NEXT[2][V] = 4;
        NEXT[3][X] = 2;
        NEXT[3][S] = 5;
        NEXT[4][P] = 3;
        NEXT[4][V] = 5;
        NEXT[5][E] = AFTER_E;
    }

    private static final int EXPECT_B = 0;
    private static final int EXPECT_BRANCH = 1;
    private static final int INSIDE = 2;
    private static final int EXPECT_BRANCH_AGAIN = 3;
    private static final int EXPECT_E = 4;
    private static final int DONE = 5;

    private final boolean embedded;
    private int phase;
    private int inner = BEFORE_B;
    private int branch = -1;

    private ReberAutomaton(boolean embedded) {
        this.embedded = embedded;
        this.phase = embedded ? EXPECT_B : INSIDE;
    }

    /** An automaton for plain Reber strings (B … E). */
    public static ReberAutomaton plain() {
        return new ReberAutomaton(false);
    }

    /** An automaton for embedded Reber strings (B T B … E T E or B P B … E P E). */
    public static ReberAutomaton embedded() {
        return new ReberAutomaton(true);
    }

    /** The automaton for {@code embedded} or plain strings. */
    public static ReberAutomaton of(boolean embedded) {
        return new ReberAutomaton(embedded);
    }

    /** The symbols that may come next, as a bit mask (bit k = symbol k); 0 once the string is complete. */
    public int legalNext() {
        return switch (phase) {
            case EXPECT_B -> bit(B);
            case EXPECT_BRANCH -> bit(T) | bit(P);
            case INSIDE -> innerMask(inner);
            case EXPECT_BRANCH_AGAIN -> bit(branch);
            case EXPECT_E -> bit(E);
            default -> 0;
        };
    }

    /** Reads {@code symbol}; false (and no change) if the grammar does not allow it here. */
    public boolean accept(int symbol) {
        if (symbol < 0 || symbol >= SYMBOLS.size() || (legalNext() & bit(symbol)) == 0) {
            return false;
        }
        switch (phase) {
            case EXPECT_B -> phase = EXPECT_BRANCH;
            case EXPECT_BRANCH -> {
                branch = symbol;
                phase = INSIDE;
            }
            case INSIDE -> {
                inner = NEXT[inner][symbol];
                if (inner == AFTER_E) {
                    phase = embedded ? EXPECT_BRANCH_AGAIN : DONE;
                }
            }
            case EXPECT_BRANCH_AGAIN -> phase = EXPECT_E;
            case EXPECT_E -> phase = DONE;
            default -> throw new IllegalStateException("phase " + phase);
        }
        return true;
    }

    /** True once a complete string has been read. */
    public boolean complete() {
        return phase == DONE;
    }

    /** Whether {@code text} (e.g. "BTBTXSETE") is a complete string of this grammar. */
    public static boolean accepts(String text, boolean embedded) {
        ReberAutomaton automaton = of(embedded);
        for (int i = 0; i < text.length(); i++) {
            if (!automaton.accept(SYMBOLS.indexOf(String.valueOf(text.charAt(i))))) {
                return false;
            }
        }
        return automaton.complete();
    }

    private static int innerMask(int state) {
        int mask = 0;
        for (int s = 0; s < SYMBOLS.size(); s++) {
            if (NEXT[state][s] != DEAD) {
                mask |= bit(s);
            }
        }
        return mask;
    }

    private static int bit(int symbol) {
        return 1 << symbol;
    }
}
