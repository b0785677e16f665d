package org.lstm97.baselines.rcc;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;

/**
 * The (non-embedded) Reber grammar of BASELINES.md 1.2 as next-symbol prediction: one-hot inputs, target the
 * actual next symbol, correct when at every step the legal successors are exactly the most active outputs.
 * Fahlman (1991) demonstrated RCC on learning a finite-state grammar; this is the small version of that task.
 */
final class ReberTestTask implements SequenceTask {
    static final String SYMBOLS = "BTPSXVE";
    /** NEXT[state] = {symbol, next state, symbol, next state}; state 5 emits E and ends. */
    private static final int[][] EDGES = {
        {1, 1, 2, 2},   // 0: T -> 1, P -> 2
        {4, 3, 3, 1},   // 1: X -> 3, S -> 1
        {5, 4, 1, 2},   // 2: V -> 4, T -> 2
        {4, 2, 3, 5},   // 3: X -> 2, S -> 5
        {2, 3, 5, 5},   // 4: P -> 3, V -> 5
    };
    private final List<Sequence> trainingSet;

    ReberTestTask(int trainingStrings, long seed) {
        RandomGenerator random = Seeds.stream(seed);
        List<Sequence> set = new ArrayList<>();
        for (int i = 0; i < trainingStrings; i++) {
            set.add(generate(random));
        }
        this.trainingSet = List.copyOf(set);
    }

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
        return List.of("B", "T", "P", "S", "X", "V", "E");
    }

    @Override
    public List<String> outputNames() {
        return inputNames();
    }

    @Override
    public Sequence next(RandomGenerator random) {
        return trainingSet.get(random.nextInt(trainingSet.size()));
    }

    @Override
    public Sequence generate(RandomGenerator random) {
        StringBuilder s = new StringBuilder("B");
        int state = 0;
        while (state != 5) {
            int edge = random.nextBoolean() ? 0 : 2;
            s.append(SYMBOLS.charAt(EDGES[state][edge]));
            state = EDGES[state][edge + 1];
        }
        s.append('E');
        Sequence.Builder b = Sequence.builder(s.length() - 1, 7, 7);
        for (int t = 0; t < s.length() - 1; t++) {
            b.oneHot(t, SYMBOLS.indexOf(s.charAt(t)));
            b.target(t, SYMBOLS.indexOf(s.charAt(t + 1)), 1.0);
        }
        return b.label(s.toString()).build();
    }

    @Override
    public List<Sequence> trainingSet() {
        return trainingSet;
    }

    /** Legal successors after reading the input at each step, then the top-k test. */
    @Override
    public boolean isCorrect(Sequence sequence, double[] outputs) {
        int state = -1;
        for (int t = 0; t < sequence.length(); t++) {
            int symbol = sequence.activeInput(t);
            int[] legal;
            if (state < 0) {
                state = 0;
            } else if (state == 5) {
                return false;
            } else {
                int[] e = EDGES[state];
                state = e[0] == symbol ? e[1] : e[3];
            }
            legal = state == 5 ? new int[]{6} : new int[]{EDGES[state][0], EDGES[state][2]};
            double minLegal = Double.MAX_VALUE;
            for (int l : legal) {
                minLegal = Math.min(minLegal, outputs[t * 7 + l]);
            }
            for (int k = 0; k < 7; k++) {
                boolean isLegal = false;
                for (int l : legal) {
                    isLegal |= l == k;
                }
                if (!isLegal && outputs[t * 7 + k] >= minLegal) {
                    return false;
                }
            }
        }
        return true;
    }
}
