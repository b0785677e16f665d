package org.lstm97.baselines.bptt;

import org.lstm97.baselines.support.Topology;
import org.lstm97.core.api.Sequence;

/**
 * Offline RTRL written the slow, obvious way (dense sensitivities for every unit and weight, fresh arrays
 * every step): the gradient that untruncated BPTT must reproduce (paper Sec. 5: "untruncated BPTT computes
 * exactly the same gradient as offline RTRL").
 */
final class ReferenceRtrl {
    private ReferenceRtrl() {}

    /** Sum over target steps and output units k of e_k(t) p^k(t), for the given weights. */
    static double[] offlineGradient(Topology top, double[] w, Sequence seq) {
        int m = top.inputs();
        int n = top.units();
        int count = top.weightCount();
        double[] z = new double[top.slotCount()];
        z[m + 2 * n] = 1.0;
        double[][] p = new double[n][count];
        double[] gradient = new double[count];
        for (int t = 0; t < seq.length(); t++) {
            System.arraycopy(z, m, z, m + n, n);
            for (int b = 0; b < m; b++) {
                z[b] = seq.input(t, b);
            }
            double[][] next = new double[n][count];
            for (int a = 0; a < n; a++) {
                double net = 0.0;
                for (int i = top.offset(a); i < top.offset(a + 1); i++) {
                    net += w[i] * z[top.slot(i)];
                }
                double y = 1.0 / (1.0 + Math.exp(-net));
                z[m + a] = y;
                for (int r = 0; r < count; r++) {
                    double v = r >= top.offset(a) && r < top.offset(a + 1) ? z[top.slot(r)] : 0.0;
                    for (int i = top.offset(a); i < top.offset(a + 1); i++) {
                        int j = top.sourceUnit(top.slot(i));
                        if (j >= 0) {
                            v += w[i] * (top.sameStep(top.slot(i)) ? next[j][r] : p[j][r]);
                        }
                    }
                    next[a][r] = y * (1.0 - y) * v;
                }
            }
            p = next;
            if (seq.hasTarget(t)) {
                for (int k = n - top.outputs(); k < n; k++) {
                    double e = seq.target(t, k - (n - top.outputs())) - z[m + k];
                    for (int r = 0; r < count; r++) {
                        gradient[r] += e * p[k][r];
                    }
                }
            }
        }
        return gradient;
    }
}
