package org.lstm97.tasks.reber;

import org.lstm97.core.api.Sequence;

/** Ideal outputs for Reber sequences: 1 on every legal successor, 0 elsewhere, at every step with a target. */
public final class ReberOutputs {
    private ReberOutputs() {}

    public static double[] legalSuccessors(Sequence sequence, boolean embedded) {
        int units = sequence.outputSize();
        double[] outputs = new double[sequence.length() * units];
        ReberAutomaton automaton = ReberAutomaton.of(embedded);
        for (int t = 0; t < sequence.length(); t++) {
            automaton.accept(sequence.activeInput(t));
            int mask = automaton.legalNext();
            for (int k = 0; k < units; k++) {
                outputs[t * units + k] = (mask & (1 << k)) != 0 ? 1.0 : 0.0;
            }
        }
        return outputs;
    }
}
