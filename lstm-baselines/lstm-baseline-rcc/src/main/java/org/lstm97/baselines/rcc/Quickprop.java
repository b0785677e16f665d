package org.lstm97.baselines.rcc;

/**
 * Fahlman's Quickprop step for one weight, as in the public cascor code (QUICKPROP_UPDATE). {@code slopes} are
 * derivatives of the quantity to minimise; after the step the slope is moved to {@code prevSlopes} and
 * cleared.
 */
final class Quickprop {
    private Quickprop() {}

    /**
     * Updates weight {@code i}.
     *
     * @param epsilon linear step size (already divided by the number of cases, as cascor does)
     * @param decay   weight decay added to the slope
     * @param mu      maximum growth factor; the shrink factor is mu / (1 + mu)
     */
    static void update(
            int i,
            double[] weights,
            double[] deltas,
            double[] slopes,
            double[] prevSlopes,
            double epsilon,
            double decay,
            double mu) {
        double shrink = mu / (1.0 + mu);
        double w = weights[i];
        double d = deltas[i];
        double s = slopes[i] + decay * w;
        double p = prevSlopes[i];
        double step;
        if (d < 0.0) {
            step = s > 0.0 ? -epsilon * s : 0.0;
            step += s >= shrink * p ? mu * d : d * s / (p - s);
        } else if (d > 0.0) {
            step = s < 0.0 ? -epsilon * s : 0.0;
            step += s <= shrink * p ? mu * d : d * s / (p - s);
        } else {
            step = -epsilon * s;
        }
        weights[i] = w + step;
        deltas[i] = step;
        prevSlopes[i] = s;
        slopes[i] = 0.0;
    }
}
