package org.lstm97.baselines.rcc;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.lstm97.core.random.Draws;

/**
 * A pool of self-recurrent candidate units for the next hidden unit, trained together by Quickprop to maximise
 * their covariance score (Fahlman 1991; cascor's candidate phase).
 *
 * <p>Candidate c computes V(t) = f( sum_i w_i z_i(t) + w_s V(t-1) ) over the values rows z(t) of the frozen
 * net (inputs, bias, installed units). Its score is S = sum_o |sum_p V_p e_po| / sumSq, where e_po are the
 * residual output errors centred per output (so the mean of V drops out: sum_p (V_p - mean V) e_po =
 * sum_p V_p e_po) and sumSq normalises as cascor does. The gradient needs the real-time derivatives of V
 * through the self link (BASELINES.md 5.4, DERIVED):
 * dV(t)/dw_i = f'(t) [ z_i(t) + w_s dV(t-1)/dw_i ],  dV(t)/dw_s = f'(t) [ V(t-1) + w_s dV(t-1)/dw_s ].
 */
final class CandidatePool {
    private final int pool;
    private final int fan;
    private final int fanS;
    private final int out;
    /** Candidate c's weights at [c * fanS, c * fanS + fan), its self weight at c * fanS + fan. */
    final double[] weights;

    private final double[] deltas;
    private final double[] slopes;
    private final double[] prevSlopes;
    private final double[] cor;
    private final double[] grad;
    private final double[] vPrev;
    private double[] dPrev;
    private double[] dNow;

    /**
     * @param fan inputs + bias + installed units (the self link comes on top)
     */
    CandidatePool(int pool, int fan, int out, RandomGenerator init, double range) {
        this.pool = pool;
        this.fan = fan;
        this.fanS = fan + 1;
        this.out = out;
        this.weights = new double[pool * fanS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Draws.uniform(init, -range, range);
        }
        this.deltas = new double[pool * fanS];
        this.slopes = new double[pool * fanS];
        this.prevSlopes = new double[pool * fanS];
        this.cor = new double[pool * out];
        this.grad = new double[pool * out * fanS];
        this.vPrev = new double[pool];
        this.dPrev = new double[pool * fanS];
        this.dNow = new double[pool * fanS];
    }

    int size() {
        return pool;
    }

    /** Weights per candidate: fan-in plus the self link. */
    int fanWithSelf() {
        return fanS;
    }

    /**
     * Runs every candidate over the training data with the current weights and accumulates, per candidate and
     * output, sum_p V_p e_po and its derivatives.
     *
     * @param cache     values rows, {@code rows x cols}
     * @param rowStart  first row of each sequence, plus the total at the end
     * @param targetRow whether each row is a pattern (carries a target)
     * @param err       centred residual errors, {@code patterns x out}, in row order
     */
    void measure(double[] cache, int cols, int[] rowStart, boolean[] targetRow, double[] err) {
        Arrays.fill(cor, 0.0);
        Arrays.fill(grad, 0.0);
        int p = 0;
        for (int s = 0; s + 1 < rowStart.length; s++) {
            Arrays.fill(vPrev, 0.0);
            Arrays.fill(dPrev, 0.0);
            for (int r = rowStart[s]; r < rowStart[s + 1]; r++) {
                int row = r * cols;
                boolean target = targetRow[r];
                for (int c = 0; c < pool; c++) {
                    int cb = c * fanS;
                    double net = 0.0;
                    for (int i = 0; i < fan; i++) {
                        net += weights[cb + i] * cache[row + i];
                    }
                    double ws = weights[cb + fan];
                    net += ws * vPrev[c];
                    double v = RccNetwork.sigmoid(net);
                    double fp = RccNetwork.sigmoidPrime(v);
                    for (int i = 0; i < fan; i++) {
                        dNow[cb + i] = fp * (cache[row + i] + ws * dPrev[cb + i]);
                    }
                    dNow[cb + fan] = fp * (vPrev[c] + ws * dPrev[cb + fan]);
                    if (target) {
                        for (int k = 0; k < out; k++) {
                            double e = err[p * out + k];
                            cor[c * out + k] += v * e;
                            int gb = (c * out + k) * fanS;
                            for (int i = 0; i < fanS; i++) {
                                grad[gb + i] += e * dNow[cb + i];
                            }
                        }
                    }
                    vPrev[c] = v;
                }
                double[] swap = dPrev;
                dPrev = dNow;
                dNow = swap;
                if (target) {
                    p++;
                }
            }
        }
    }

    /** Candidate c's score S from the last {@link #measure}. */
    double score(int c, double sumSq) {
        double score = 0.0;
        for (int k = 0; k < out; k++) {
            score += Math.abs(cor[c * out + k]);
        }
        return score / sumSq;
    }

    /** dS/dw_i of candidate c from the last {@link #measure}. */
    double ascent(int c, int i, double sumSq) {
        double g = 0.0;
        for (int k = 0; k < out; k++) {
            double sign = cor[c * out + k] < 0.0 ? -1.0 : 1.0;
            g += sign * grad[(c * out + k) * fanS + i];
        }
        return g / sumSq;
    }

    /** sum_p V_p e_po / sumSq of candidate c for output k: its covariance with output k's error. */
    double correlation(int c, int k, double sumSq) {
        return cor[c * out + k] / sumSq;
    }

    /** One Quickprop step of every candidate on -S (gradient ascent on S). */
    void update(double sumSq, double epsilon, double decay, double mu) {
        for (int c = 0; c < pool; c++) {
            for (int i = 0; i < fanS; i++) {
                slopes[c * fanS + i] -= ascent(c, i, sumSq);
            }
        }
        for (int i = 0; i < weights.length; i++) {
            Quickprop.update(i, weights, deltas, slopes, prevSlopes, epsilon, decay, mu);
        }
    }

    /** A copy of candidate c's weights (fan-in, then self). */
    double[] weightsOf(int c) {
        return Arrays.copyOfRange(weights, c * fanS, (c + 1) * fanS);
    }
}
