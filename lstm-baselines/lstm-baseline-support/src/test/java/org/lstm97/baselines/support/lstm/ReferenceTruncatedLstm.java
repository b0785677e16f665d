package org.lstm97.baselines.support.lstm;

import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.Connectivity;
import org.lstm97.core.lstm.OutputActivation;
import org.lstm97.core.math.Exp;

/**
 * The truncated rule of Gers, Schmidhuber &amp; Cummins (2000) written plainly, to hold {@link TruncatedBlockLstm}
 * to: every state keeps its derivative with respect to <em>every</em> weight of the net, updated by the chain rule
 * under the truncation (a net input depends on its own weights only, with the source values taken as constants):
 * <pre>
 *   ∂s_c(t)/∂w = y^φ ∂s_c(t−1)/∂w + s_c(t−1) ∂y^φ/∂w + g(net_c) ∂y^in/∂w + y^in g'(net_c) ∂net_c/∂w
 * </pre>
 * with ∂y/∂w = f'(net)·source for a weight into that gate and 0 otherwise. The weight changes at a target step are
 * α·Σ_c e_s,c ∂s_c/∂w (cells, input and forget gates and their peepholes), α e_out·source (output gates) and
 * α e_k·source (outputs). Slow (a state holds W derivatives), obviously following the equations, per-sequence
 * updates only. Indices come from {@link BlockLstmLayout}, the arithmetic from here.
 */
final class ReferenceTruncatedLstm {
    private final BlockLstmLayout l;
    private final double alpha;
    final double[] w;

    ReferenceTruncatedLstm(BlockLstmLayout layout, double alpha, double[] weights) {
        this.l = layout;
        this.alpha = alpha;
        this.w = weights.clone();
    }

    private double squashG(double x) {
        return l.spec().g().apply(x);
    }

    /** Presents the sequence with learning on and applies the summed change; returns the outputs of every step. */
    double[][] present(Sequence seq) {
        int nIn = l.inputs();
        int cells = l.cells();
        int blocks = l.blocks();
        int size = l.blockSize();
        int width = l.sourceWidth();
        int weights = w.length;
        double[] dw = new double[weights];
        double[] s = new double[cells];
        double[][] ds = new double[cells][weights];
        double[] previousHidden = new double[l.hiddenRows()];
        double[][] outputs = new double[seq.length()][l.outputs()];
        for (int t = 0; t < seq.length(); t++) {
            double[] z = new double[width];
            for (int i = 0; i < nIn; i++) {
                z[i] = seq.activeInput(t) >= 0 ? (seq.activeInput(t) == i ? 1.0 : 0.0) : seq.inputs()[t * nIn + i];
            }
            for (int r = 0; r < l.recurrent(); r++) {
                z[nIn + r] = previousHidden[r];
            }
            z[width - 1] = 1.0;
            double[] sOld = s.clone();
            double[] hidden = new double[l.hiddenRows()];
            double[] hs = new double[cells];
            double[] hd = new double[cells];
            double[] yOutGate = new double[blocks];
            double[] fOut = new double[blocks];
            for (int j = 0; j < blocks; j++) {
                int in = l.inputGateUnit(j);
                double netIn = net(in, z);
                double netF = l.hasForgetGates() ? net(l.forgetGateUnit(j), z) : 0.0;
                for (int v = 0; v < size; v++) {
                    int c = l.cellUnit(j, v);
                    if (l.hasPeepholes()) {
                        netIn += w[l.inputPeephole(c)] * sOld[c];
                        if (l.hasForgetGates()) {
                            netF += w[l.forgetPeephole(c)] * sOld[c];
                        }
                    }
                }
                double yIn = Exp.logistic(netIn);
                double yF = l.hasForgetGates() ? Exp.logistic(netF) : 1.0;
                hidden[in] = yIn;
                if (l.hasForgetGates()) {
                    hidden[l.forgetGateUnit(j)] = yF;
                }
                // ∂y^in/∂w and ∂y^φ/∂w under the truncation: only their own weights, sources constant
                double[] dyIn = new double[weights];
                double[] dyF = new double[weights];
                for (int m = 0; m < l.rowLength(in); m++) {
                    dyIn[l.hiddenRowOffset(in) + m] = yIn * (1 - yIn) * z[m];
                }
                if (l.hasForgetGates()) {
                    int f = l.forgetGateUnit(j);
                    for (int m = 0; m < l.rowLength(f); m++) {
                        dyF[l.hiddenRowOffset(f) + m] = yF * (1 - yF) * z[m];
                    }
                }
                if (l.hasPeepholes()) {
                    for (int v = 0; v < size; v++) {
                        int c = l.cellUnit(j, v);
                        dyIn[l.inputPeephole(c)] = yIn * (1 - yIn) * sOld[c];
                        if (l.hasForgetGates()) {
                            dyF[l.forgetPeephole(c)] = yF * (1 - yF) * sOld[c];
                        }
                    }
                }
                for (int v = 0; v < size; v++) {
                    int c = l.cellUnit(j, v);
                    double netC = net(c, z);
                    s[c] = yF * sOld[c] + yIn * squashG(netC);
                    double gp = l.spec().g().derivative(netC);
                    for (int i = 0; i < weights; i++) {
                        double dNetC = i >= l.hiddenRowOffset(c) && i < l.hiddenRowOffset(c) + l.rowLength(c)
                                ? z[i - l.hiddenRowOffset(c)]
                                : 0.0;
                        ds[c][i] = yF * ds[c][i] + sOld[c] * dyF[i] + squashG(netC) * dyIn[i] + yIn * gp * dNetC;
                    }
                }
                double yOut = 1.0;
                if (l.hasOutputGates()) {
                    int og = l.outputGateUnit(j);
                    double netOut = net(og, z);
                    for (int v = 0; v < size; v++) {
                        if (l.hasPeepholes()) {
                            netOut += w[l.outputPeephole(l.cellUnit(j, v))] * s[l.cellUnit(j, v)];
                        }
                    }
                    yOut = Exp.logistic(netOut);
                    hidden[og] = yOut;
                    fOut[j] = yOut * (1 - yOut);
                }
                yOutGate[j] = yOut;
                for (int v = 0; v < size; v++) {
                    int c = l.cellUnit(j, v);
                    hs[c] = l.spec().h().apply(s[c]);
                    hd[c] = l.spec().h().derivative(s[c]);
                    hidden[c] = yOut * hs[c];
                }
            }
            double[] e = new double[l.outputs()];
            for (int k = 0; k < l.outputs(); k++) {
                int off = l.outputRowOffset(k);
                double sum = 0.0;
                for (int c = 0; c < cells; c++) {
                    sum += w[off + c] * hidden[c];
                }
                if (l.spec().connectivity() == Connectivity.B) {
                    for (int i = 0; i < nIn; i++) {
                        sum += w[off + cells + i] * z[i];
                    }
                }
                if (l.outputRowLength() == l.outputSourceWidth()) {
                    sum += w[off + l.outputSourceWidth() - 1];
                }
                boolean linear = l.spec().output() == OutputActivation.LINEAR;
                double y = linear ? sum : Exp.logistic(sum);
                outputs[t][k] = y;
                if (seq.hasTarget(t)) {
                    e[k] = (linear ? 1.0 : y * (1 - y)) * (seq.target(t, k) - y);
                }
            }
            if (seq.hasTarget(t)) {
                for (int k = 0; k < l.outputs(); k++) {
                    int off = l.outputRowOffset(k);
                    for (int n = 0; n < l.outputRowLength(); n++) {
                        double src = n < cells ? hidden[n] : n < l.outputSourceWidth() - 1 ? z[n - cells] : 1.0;
                        dw[off + n] += alpha * e[k] * src;
                    }
                }
                for (int j = 0; j < blocks; j++) {
                    double eOutSum = 0.0;
                    for (int v = 0; v < size; v++) {
                        int c = l.cellUnit(j, v);
                        double back = 0.0;
                        for (int k = 0; k < l.outputs(); k++) {
                            back += w[l.outputRowOffset(k) + c] * e[k];
                        }
                        eOutSum += hs[c] * back;
                        double es = yOutGate[j] * hd[c] * back;
                        for (int i = 0; i < weights; i++) {
                            dw[i] += alpha * es * ds[c][i];
                        }
                    }
                    if (l.hasOutputGates()) {
                        int og = l.outputGateUnit(j);
                        double eOut = fOut[j] * eOutSum;
                        for (int m = 0; m < l.rowLength(og); m++) {
                            dw[l.hiddenRowOffset(og) + m] += alpha * eOut * z[m];
                        }
                        if (l.hasPeepholes()) {
                            for (int v = 0; v < size; v++) {
                                int c = l.cellUnit(j, v);
                                dw[l.outputPeephole(c)] += alpha * eOut * s[c];
                            }
                        }
                    }
                }
            }
            previousHidden = l.recurrent() == l.hiddenRows() ? hidden : java.util.Arrays.copyOf(hidden, cells);
        }
        for (int i = 0; i < weights; i++) {
            w[i] += dw[i];
        }
        return outputs;
    }

    private double net(int unit, double[] z) {
        double sum = 0.0;
        for (int m = 0; m < l.rowLength(unit); m++) {
            sum += w[l.hiddenRowOffset(unit) + m] * z[m];
        }
        return sum;
    }
}
