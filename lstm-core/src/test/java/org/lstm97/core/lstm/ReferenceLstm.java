package org.lstm97.core.lstm;

import org.lstm97.core.api.Sequence;

/**
 * A deliberately plain implementation of PAPER.md §1.3–§1.7, for comparison with {@link TruncatedLstm}: nested
 * arrays, dense source vectors rebuilt every step, no sparsity, no hoisting. Only the mapping to and from the
 * flat weight array uses {@link LstmLayout}.
 */
final class ReferenceLstm {
    private final LstmParams p;
    private final LstmLayout layout;
    private final int nIn;
    private final int nOut;
    private final int nBlocks;
    private final int size;
    private final int nHid;
    private final boolean og;
    private final boolean recurrentNet;

    // weights [unit][source], plus "trainable" masks (a unit type without bias has no bias weight)
    final double[][] wIn;
    final double[][] wOut;
    final double[][][] wC;
    final double[][] wH;
    final double[][] wK;
    private final boolean[][] maskIn;
    private final boolean[][] maskC;
    private final boolean[][] maskH;
    private final boolean[][] maskK;
    private final double[][] dIn;
    private final double[][] dOut;
    private final double[][][] dC;
    private final double[][] dH;
    private final double[][] dK;

    private double[][][] dSin;
    private double[][][] dSc;
    private double[][] s;
    private double[][] yC;
    private double[] yIn;
    private double[] yOut;
    private double[] yH;

    ReferenceLstm(LstmParams p, LstmLayout layout, double[] flat) {
        this.p = p;
        this.layout = layout;
        this.nIn = layout.inputs();
        this.nOut = layout.outputs();
        this.nBlocks = p.blocks();
        this.size = p.blockSize();
        this.nHid = p.hiddenUnits();
        this.og = p.outputGates();
        this.recurrentNet = p.connectivity() == Connectivity.F;
        int zw = sourceWidth();
        int ow = outputSourceWidth();
        wIn = new double[nBlocks][zw];
        wOut = new double[nBlocks][zw];
        wC = new double[nBlocks][size][zw];
        wH = new double[nHid][zw];
        wK = new double[nOut][ow];
        maskIn = new boolean[nBlocks][zw];
        maskC = new boolean[nBlocks * size][zw];
        maskH = new boolean[nHid][zw];
        maskK = new boolean[nOut][ow];
        dIn = new double[nBlocks][zw];
        dOut = new double[nBlocks][zw];
        dC = new double[nBlocks][size][zw];
        dH = new double[nHid][zw];
        dK = new double[nOut][ow];
        for (int j = 0; j < nBlocks; j++) {
            for (int m = 0; m < zw; m++) {
                boolean isBias = m == zw - 1;
                maskIn[j][m] = !isBias || p.bias().gates();
                wIn[j][m] = flat[layout.hiddenRowOffset(layout.inputGateUnit(j)) + m];
                if (og) {
                    wOut[j][m] = flat[layout.hiddenRowOffset(layout.outputGateUnit(j)) + m];
                }
                for (int v = 0; v < size; v++) {
                    maskC[j * size + v][m] = !isBias || p.bias().cellsAndHidden();
                    wC[j][v][m] = flat[layout.hiddenRowOffset(layout.cellUnit(j, v)) + m];
                }
            }
        }
        for (int i = 0; i < nHid; i++) {
            for (int m = 0; m < zw; m++) {
                maskH[i][m] = m != zw - 1 || p.bias().cellsAndHidden();
                wH[i][m] = flat[layout.hiddenRowOffset(layout.hiddenUnit(i)) + m];
            }
        }
        for (int k = 0; k < nOut; k++) {
            for (int n = 0; n < ow; n++) {
                maskK[k][n] = n != ow - 1 || p.bias().outputs();
                wK[k][n] = flat[layout.outputRowOffset(k) + n];
            }
        }
    }

    private int sourceWidth() {
        int hidden = nBlocks * size + nBlocks + (og ? nBlocks : 0) + nHid;
        return nIn + (recurrentNet ? hidden : 0) + 1;
    }

    private int outputSourceWidth() {
        return nBlocks * size + nHid + (recurrentNet ? 0 : nIn) + 1;
    }

    /** The weights back in the flat layout. */
    double[] toFlat() {
        double[] flat = new double[layout.arrayLength()];
        int zw = sourceWidth();
        for (int j = 0; j < nBlocks; j++) {
            for (int m = 0; m < zw; m++) {
                flat[layout.hiddenRowOffset(layout.inputGateUnit(j)) + m] = wIn[j][m];
                if (og) {
                    flat[layout.hiddenRowOffset(layout.outputGateUnit(j)) + m] = wOut[j][m];
                }
                for (int v = 0; v < size; v++) {
                    flat[layout.hiddenRowOffset(layout.cellUnit(j, v)) + m] = wC[j][v][m];
                }
            }
        }
        for (int i = 0; i < nHid; i++) {
            for (int m = 0; m < zw; m++) {
                flat[layout.hiddenRowOffset(layout.hiddenUnit(i)) + m] = wH[i][m];
            }
        }
        for (int k = 0; k < nOut; k++) {
            for (int n = 0; n < outputSourceWidth(); n++) {
                flat[layout.outputRowOffset(k) + n] = wK[k][n];
            }
        }
        return flat;
    }

    private static double sigma(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    private static double sigmaPrime(double x) {
        return sigma(x) * (1.0 - sigma(x));
    }

    private static double dot(double[] w, double[] z) {
        double sum = 0.0;
        for (int m = 0; m < z.length; m++) {
            sum += w[m] * z[m];
        }
        return sum;
    }

    /** Runs a whole sequence with learning on; returns the outputs, {@code length x K}. */
    double[][] run(Sequence seq) {
        int zw = sourceWidth();
        // startSequence(): s = 0, all y_hidden = initial activation, partials = 0
        s = new double[nBlocks][size];
        yC = new double[nBlocks][size];
        yIn = new double[nBlocks];
        yOut = new double[nBlocks];
        yH = new double[nHid];
        double a0 = p.initialActivation();
        for (int j = 0; j < nBlocks; j++) {
            yIn[j] = a0;
            yOut[j] = a0;
            for (int v = 0; v < size; v++) {
                yC[j][v] = a0;
            }
        }
        for (int i = 0; i < nHid; i++) {
            yH[i] = a0;
        }
        dSin = new double[nBlocks][size][zw];
        dSc = new double[nBlocks][size][zw];
        double[][] outputs = new double[seq.length()][nOut];
        for (int t = 0; t < seq.length(); t++) {
            // z = [x, y_hidden(t-1) (cells, in gates, out gates, hidden), 1]
            double[] z = new double[zw];
            int m = 0;
            for (int i = 0; i < nIn; i++) {
                z[m++] = seq.input(t, i);
            }
            if (recurrentNet) {
                for (int j = 0; j < nBlocks; j++) {
                    for (int v = 0; v < size; v++) {
                        z[m++] = yC[j][v];
                    }
                }
                for (int j = 0; j < nBlocks; j++) {
                    z[m++] = yIn[j];
                }
                if (og) {
                    for (int j = 0; j < nBlocks; j++) {
                        z[m++] = yOut[j];
                    }
                }
                for (int i = 0; i < nHid; i++) {
                    z[m++] = yH[i];
                }
            }
            z[m] = 1.0;

            double[] netIn = new double[nBlocks];
            double[] netOut = new double[nBlocks];
            double[][] netC = new double[nBlocks][size];
            double[] newYIn = new double[nBlocks];
            double[] newYOut = new double[nBlocks];
            double[][] newYC = new double[nBlocks][size];
            for (int j = 0; j < nBlocks; j++) {
                netIn[j] = dot(wIn[j], z);
                newYIn[j] = sigma(netIn[j]);
                if (og) {
                    netOut[j] = dot(wOut[j], z);
                    newYOut[j] = sigma(netOut[j]);
                } else {
                    newYOut[j] = 1.0;
                }
                for (int v = 0; v < size; v++) {
                    netC[j][v] = dot(wC[j][v], z);
                    s[j][v] = s[j][v] + newYIn[j] * p.g().apply(netC[j][v]);
                    newYC[j][v] = newYOut[j] * p.h().apply(s[j][v]);
                    for (int mm = 0; mm < zw; mm++) {
                        dSin[j][v][mm] += p.g().apply(netC[j][v]) * sigmaPrime(netIn[j]) * z[mm]; // (25)
                        dSc[j][v][mm] += p.g().derivative(netC[j][v]) * newYIn[j] * z[mm]; // (27)
                    }
                }
            }
            double[] netH = new double[nHid];
            double[] newYH = new double[nHid];
            for (int i = 0; i < nHid; i++) {
                netH[i] = dot(wH[i], z);
                newYH[i] = sigma(netH[i]);
            }
            // outputs read the current cell outputs (§1.4)
            double[] src = new double[outputSourceWidth()];
            int n = 0;
            for (int j = 0; j < nBlocks; j++) {
                for (int v = 0; v < size; v++) {
                    src[n++] = newYC[j][v];
                }
            }
            for (int i = 0; i < nHid; i++) {
                src[n++] = newYH[i];
            }
            if (!recurrentNet) {
                for (int i = 0; i < nIn; i++) {
                    src[n++] = seq.input(t, i);
                }
            }
            src[n] = 1.0;
            double[] netK = new double[nOut];
            double[] yK = new double[nOut];
            for (int k = 0; k < nOut; k++) {
                netK[k] = dot(wK[k], src);
                yK[k] = p.outputActivation() == OutputActivation.LINEAR ? netK[k] : sigma(netK[k]);
                outputs[t][k] = yK[k];
            }
            if (seq.hasTarget(t)) {
                double alpha = p.learningRate();
                double[] eK = new double[nOut];
                for (int k = 0; k < nOut; k++) {
                    double fPrime = p.outputActivation() == OutputActivation.LINEAR ? 1.0 : sigmaPrime(netK[k]);
                    eK[k] = fPrime * (seq.target(t, k) - yK[k]); // (19)
                    for (int nn = 0; nn < src.length; nn++) {
                        if (maskK[k][nn]) {
                            dK[k][nn] += alpha * eK[k] * src[nn]; // (22)
                        }
                    }
                }
                for (int j = 0; j < nBlocks; j++) {
                    double[] backSum = new double[size];
                    for (int v = 0; v < size; v++) {
                        for (int k = 0; k < nOut; k++) {
                            backSum[v] += wK[k][j * size + v] * eK[k];
                        }
                    }
                    if (og) {
                        double sum = 0.0;
                        for (int v = 0; v < size; v++) {
                            sum += p.h().apply(s[j][v]) * backSum[v];
                        }
                        double eOut = sigmaPrime(netOut[j]) * sum; // (21)
                        for (int mm = 0; mm < zw; mm++) {
                            if (maskIn[j][mm]) {
                                dOut[j][mm] += alpha * eOut * z[mm]; // (22)
                            }
                        }
                    }
                    double[] eS = new double[size];
                    for (int v = 0; v < size; v++) {
                        eS[v] = newYOut[j] * p.h().derivative(s[j][v]) * backSum[v]; // (23)
                    }
                    for (int mm = 0; mm < zw; mm++) {
                        double sum = 0.0;
                        for (int v = 0; v < size; v++) {
                            sum += eS[v] * dSin[j][v][mm];
                        }
                        if (maskIn[j][mm]) {
                            dIn[j][mm] += alpha * sum; // (26)
                        }
                        for (int v = 0; v < size; v++) {
                            if (maskC[j * size + v][mm]) {
                                dC[j][v][mm] += alpha * eS[v] * dSc[j][v][mm]; // (28)
                            }
                        }
                    }
                }
                for (int i = 0; i < nHid; i++) {
                    double sum = 0.0;
                    for (int k = 0; k < nOut; k++) {
                        sum += wK[k][nBlocks * size + i] * eK[k];
                    }
                    double eI = sigmaPrime(netH[i]) * sum; // (20)
                    for (int mm = 0; mm < zw; mm++) {
                        if (maskH[i][mm]) {
                            dH[i][mm] += alpha * eI * z[mm];
                        }
                    }
                }
                if (p.update() == UpdateTiming.PER_STEP) {
                    apply();
                }
            }
            yIn = newYIn;
            yOut = newYOut;
            yC = newYC;
            yH = newYH;
        }
        apply();
        return outputs;
    }

    private void apply() {
        addAndClear(wIn, dIn);
        addAndClear(wOut, dOut);
        for (int j = 0; j < nBlocks; j++) {
            addAndClear(wC[j], dC[j]);
        }
        addAndClear(wH, dH);
        addAndClear(wK, dK);
    }

    private static void addAndClear(double[][] w, double[][] d) {
        for (int a = 0; a < w.length; a++) {
            for (int b = 0; b < w[a].length; b++) {
                w[a][b] += d[a][b];
                d[a][b] = 0.0;
            }
        }
    }
}
