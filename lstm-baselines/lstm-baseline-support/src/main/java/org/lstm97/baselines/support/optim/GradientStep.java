package org.lstm97.baselines.support.optim;

/**
 * Applies one gradient to the weights. {@code ascent[i]} is −∂E/∂w_i (the direction of steepest descent of the
 * error), summed over one sequence; weights outside the net (always 0 in {@code ascent}) stay unchanged.
 */
public sealed interface GradientStep {

    /** w ← w + Δw(ascent). Does not clear {@code ascent}. */
    void apply(double[] w, double[] ascent);

    /** Plain gradient descent: w ← w + α·ascent. */
    final class Sgd implements GradientStep {
        private final double alpha;

        Sgd(double alpha) {
            this.alpha = alpha;
        }

        @Override
        public void apply(double[] w, double[] ascent) {
            for (int i = 0; i < w.length; i++) {
                w[i] += alpha * ascent[i];
            }
        }
    }

    /**
     * Adam (Kingma &amp; Ba 2015, Algorithm 1) with g = −ascent: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g²,
     * w ← w − α·m̂ / (√v̂ + ε) with m̂ = m / (1 − β1^t), v̂ = v / (1 − β2^t). The powers β^t are running products
     * (no {@code pow}), so the result is fixed by IEEE arithmetic.
     */
    final class Adam implements GradientStep {
        private final double alpha;
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private final double[] m;
        private final double[] v;
        private double beta1Power = 1.0;
        private double beta2Power = 1.0;

        Adam(OptimizerSettings s, int length) {
            this.alpha = s.learningRate();
            this.beta1 = s.beta1();
            this.beta2 = s.beta2();
            this.epsilon = s.epsilon();
            this.m = new double[length];
            this.v = new double[length];
        }

        @Override
        public void apply(double[] w, double[] ascent) {
            beta1Power *= beta1;
            beta2Power *= beta2;
            double c1 = 1.0 - beta1Power;
            double c2 = 1.0 - beta2Power;
            for (int i = 0; i < w.length; i++) {
                double g = -ascent[i];
                m[i] = beta1 * m[i] + (1.0 - beta1) * g;
                v[i] = beta2 * v[i] + (1.0 - beta2) * g * g;
                double mHat = m[i] / c1;
                double vHat = v[i] / c2;
                w[i] -= alpha * mHat / (Math.sqrt(vHat) + epsilon);
            }
        }
    }
}
