package org.lstm97.baselines.rtrl;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.baselines.support.Topology;

/**
 * Which units' incoming weights can influence each unit of a {@link Topology}: the RTRL sensitivities
 * {@code p^k_ab} are zero for every weight into a unit {@code a} that has no path to {@code k}, so RTRL keeps
 * sensitivities only for the others.
 */
final class Influence {
    /** Units whose incoming weights influence unit k, ascending: [start[k], start[k+1]) of {@link #units}. */
    final int[] start;

    final int[] units;

    private Influence(int[] start, int[] units) {
        this.start = start;
        this.units = units;
    }

    static Influence of(Topology top) {
        int n = top.units();
        boolean[][] reach = reach(top);
        int[] start = new int[n + 1];
        List<Integer> flat = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                if (reach[a][k]) {
                    flat.add(a);
                }
            }
            start[k + 1] = flat.size();
        }
        return new Influence(start, flat.stream().mapToInt(Integer::intValue).toArray());
    }

    /** reach[a][k]: the weights into unit a influence unit k (a path a -> ... -> k, or a == k). */
    private static boolean[][] reach(Topology top) {
        int n = top.units();
        int m = top.inputs();
        boolean[][] reach = new boolean[n][n];
        for (int k = 0; k < n; k++) {
            reach[k][k] = true;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < n; k++) {
                for (int i = top.offset(k) + m; i < top.offset(k + 1); i++) {
                    int j = top.sourceUnit(top.slot(i));
                    if (j < 0) {
                        continue;
                    }
                    for (int a = 0; a < n; a++) {
                        if (reach[a][j] && !reach[a][k]) {
                            reach[a][k] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        return reach;
    }
}
