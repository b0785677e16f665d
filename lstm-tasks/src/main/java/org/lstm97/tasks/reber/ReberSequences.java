package org.lstm97.tasks.reber;

import org.lstm97.core.api.Sequence;
import org.lstm97.tasks.Correctness;

/** Turns Reber strings into prediction sequences and judges predictions on them. */
public final class ReberSequences {
    private static final int UNITS = ReberAutomaton.SYMBOLS.size();

    private ReberSequences() {}

    /**
     * The prediction sequence of a string s_1 … s_n: n−1 steps, input one-hot(s_t) and a target for s_{t+1}
     * at every step [PAPER.md §3.1 INTERP]; the final E is never an input since nothing follows it. Labelled
     * with the string.
     */
    public static Sequence build(int[] symbols, boolean embedded, TargetCoding coding) {
        int steps = symbols.length - 1;
        Sequence.Builder builder = Sequence.builder(steps, UNITS, UNITS);
        ReberAutomaton automaton = ReberAutomaton.of(embedded);
        for (int t = 0; t < steps; t++) {
            builder.oneHot(t, symbols[t]);
            if (!automaton.accept(symbols[t])) {
                throw new IllegalArgumentException("not a Reber string: " + ReberStrings.text(symbols));
            }
            if (coding == TargetCoding.NEXT_SYMBOL) {
                builder.target(t, symbols[t + 1], 1.0);
            } else {
                int mask = automaton.legalNext();
                for (int k = 0; k < UNITS; k++) {
                    if ((mask & (1 << k)) != 0) {
                        builder.target(t, k, 1.0);
                    }
                }
            }
        }
        return builder.label(ReberStrings.text(symbols)).build();
    }

    /**
     * [NC97 Sec. 5.1] "the output unit(s) corresponding to the possible next symbol(s) is(are) always the most
     * active ones": at every step with a target, with m legal successors the m largest outputs are exactly
     * those (ties fail). The legal successors come from replaying the inputs through the automaton.
     */
    public static boolean isCorrect(Sequence sequence, double[] outputs, boolean embedded) {
        Correctness.checkOutputs(sequence, outputs);
        ReberAutomaton automaton = ReberAutomaton.of(embedded);
        for (int t = 0; t < sequence.length(); t++) {
            if (!automaton.accept(sequence.activeInput(t))) {
                throw new IllegalArgumentException(
                        "step " + t + " of " + sequence + " is not a Reber symbol " + "the grammar allows");
            }
            if (sequence.hasTarget(t) && !Correctness.mostActiveAre(outputs, t * UNITS, UNITS, automaton.legalNext())) {
                return false;
            }
        }
        return true;
    }
}
