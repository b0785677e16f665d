package org.lstm97.core.testkit;

import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/** Central finite differences of a network's sequence error, the reference for exact-gradient tests. */
public final class FiniteDifferences {
    private FiniteDifferences() {}

    /**
     * −dE/dw_i ≈ −(E(w_i + h) − E(w_i − h)) / 2h for every weight, E as in {@link SmallSequences#error}.
     *
     * @param weights the network's live weight array (perturbed one entry at a time, restored afterwards)
     */
    public static double[] descent(Network net, double[] weights, Sequence seq, double h) {
        double[] descent = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            weights[i] = w + h;
            double plus = SmallSequences.error(net, seq);
            weights[i] = w - h;
            double minus = SmallSequences.error(net, seq);
            weights[i] = w;
            descent[i] = -(plus - minus) / (2 * h);
        }
        return descent;
    }
}
