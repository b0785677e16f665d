package org.lstm97.tasks.adding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.core.api.Sequence;

/** The structure PAPER.md §3.8 states for every marked-pair sequence. */
public final class MarkedPairChecks {
    private MarkedPairChecks() {}

    /**
     * Checks length, markers and the target step, and returns the 0-based positions {X_1, X_2}: exactly two
     * +1 markers, X_1 among the first ten pairs, X_2 among the first T/2, −1 on the first (unless marked) and
     * last pair, 0 elsewhere, a target at the last step only.
     */
    public static int[] check(Sequence s, int minimalLength) {
        int n = s.length();
        assertThat(n).isBetween(minimalLength, minimalLength + minimalLength / 10);
        List<Integer> plusOnes = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            double marker = s.input(t, 1);
            if (marker == 1.0) {
                plusOnes.add(t);
            } else if (t == 0 || t == n - 1) {
                assertThat(marker)
                        .as("first and last pair marked -1 at step %d", t)
                        .isEqualTo(-1.0);
            } else {
                assertThat(marker).as("unmarked pair at step %d", t).isEqualTo(0.0);
            }
            assertThat(s.hasTarget(t)).isEqualTo(t == n - 1);
        }
        int[] marks = marks(s);
        assertThat(plusOnes)
                .as("exactly two +1 markers, at the labelled positions")
                .containsExactlyInAnyOrder(marks[0], marks[1]);
        assertThat(marks[0]).as("X1 among the first ten pairs").isLessThan(10);
        assertThat(marks[1]).as("X2 among the first T/2 pairs").isLessThan(minimalLength / 2);
        return marks;
    }

    /** The 0-based positions of X_1 and X_2 as the label names them ("X1@3 X2@41", 1-based). */
    public static int[] marks(Sequence s) {
        String[] parts = s.label().split(" ");
        return new int[] {Integer.parseInt(parts[0].substring(3)) - 1, Integer.parseInt(parts[1].substring(3)) - 1};
    }
}
