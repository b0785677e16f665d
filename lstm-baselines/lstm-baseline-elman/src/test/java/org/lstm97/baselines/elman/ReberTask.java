package org.lstm97.baselines.elman;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Draws;

/**
 * The (plain, not embedded) Reber grammar as a next-symbol prediction task, in-test (BASELINES.md Sec. 1.2):
 * input the symbols B..(last before E) one-hot, target the actual next symbol; a step is correct when the legal
 * successors are exactly the most active outputs (Sec. 1.4).
 */
final class ReberTask implements SequenceTask {
    static final List<String> SYMBOLS = List.of("B", "T", "P", "S", "X", "V", "E");
    private static final int B = 0;
    private static final int T = 1;
    private static final int P = 2;
    private static final int S = 3;
    private static final int X = 4;
    private static final int V = 5;
    private static final int E = 6;
    /** EDGES[state] = {symbol 1, next 1, symbol 2, next 2}; state 5 emits E and ends (next -1). */
    private static final int[][] EDGES = {
            {T, 1, P, 2}, {S, 1, X, 3}, {T, 2, V, 4}, {X, 2, S, 5}, {P, 3, V, 5}, {E, -1, E, -1}};

    @Override
    public int inputSize() {
        return 7;
    }

    @Override
    public int outputSize() {
        return 7;
    }

    @Override
    public List<String> inputNames() {
        return SYMBOLS;
    }

    @Override
    public List<String> outputNames() {
        return SYMBOLS;
    }

    @Override
    public Sequence next(RandomGenerator random) {
        List<Integer> symbols = new ArrayList<>();
        symbols.add(B);
        int state = 0;
        while (state >= 0) {
            int choice = Draws.bernoulli(random, 0.5) ? 0 : 2;
            symbols.add(EDGES[state][choice]);
            state = EDGES[state][choice + 1];
        }
        int length = symbols.size() - 1;
        Sequence.Builder b = Sequence.builder(length, 7, 7);
        for (int t = 0; t < length; t++) {
            b.oneHot(t, symbols.get(t));
            for (int k = 0; k < 7; k++) {
                b.target(t, k, k == symbols.get(t + 1) ? 1.0 : 0.0);
            }
        }
        return b.build();
    }

    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        int state = -1;
        for (int t = 0; t < sequence.length(); t++) {
            int symbol = sequence.activeInput(t);
            state = state < 0 ? 0 : next(state, symbol);
            boolean[] legal = new boolean[7];
            legal[EDGES[state][0]] = true;
            legal[EDGES[state][2]] = true;
            double lowestLegal = Double.POSITIVE_INFINITY;
            double highestIllegal = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 7; k++) {
                double y = outputs[t * 7 + k];
                if (legal[k]) {
                    lowestLegal = Math.min(lowestLegal, y);
                } else {
                    highestIllegal = Math.max(highestIllegal, y);
                }
            }
            if (!(lowestLegal > highestIllegal)) {
                return false;
            }
        }
        return true;
    }

    private static int next(int state, int symbol) {
        return EDGES[state][0] == symbol ? EDGES[state][1] : EDGES[state][3];
    }
}
