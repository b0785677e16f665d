package org.lstm97.core.lstm;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.random.Draws;

/** Parameter sets, random weights and random sequences for the lstm tests. */
final class TestNets {
    private TestNets() {
    }

    /** A mutable copy of {@link LstmParams} for tests. */
    static final class P {
        int blocks;
        int blockSize;
        double learningRate;
        double initRange = 0.1;
        Squash g = Squash.SYMMETRIC_2;
        Squash h = Squash.SYMMETRIC_1;
        OutputActivation outputActivation = OutputActivation.LOGISTIC;
        Connectivity connectivity = Connectivity.F;
        BiasUnits bias = BiasUnits.GA;
        List<Double> inputGateBias;
        List<Double> outputGateBias;
        boolean outputGates = true;
        int hiddenUnits;
        UpdateTiming update = UpdateTiming.PER_SEQUENCE;
        double initialActivation;
        GradientMode gradient = GradientMode.TRUNCATED;
        boolean sequentialConstruction;
        int constructionWindow = 1000;
        double constructionMinDecrease = 0.01;

        P(int blocks, int blockSize, double learningRate) {
            this.blocks = blocks;
            this.blockSize = blockSize;
            this.learningRate = learningRate;
        }

        LstmParams build() {
            return new LstmParams(blocks, blockSize, learningRate, initRange, g, h, outputActivation, connectivity,
                    bias, inputGateBias, outputGateBias, outputGates, hiddenUnits, update, initialActivation,
                    gradient, sequentialConstruction, constructionWindow, constructionMinDecrease);
        }
    }

    /** Exp. 2a/2b: B connectivity, no output gate, no bias, g logistic, h identity. */
    static P exp2a(double lr) {
        P p = new P(1, 1, lr);
        p.connectivity = Connectivity.B;
        p.outputGates = false;
        p.bias = BiasUnits.NONE;
        p.g = Squash.LOGISTIC;
        p.h = Squash.IDENTITY;
        p.initRange = 0.2;
        return p;
    }

    /** Random weights, uniform in [−r, r], in every trainable slot of {@code layout}. */
    static double[] randomWeights(LstmLayout layout, RandomGenerator random, double r) {
        double[] w = new double[layout.arrayLength()];
        for (int i = 0; i < w.length; i++) {
            if (layout.isWeight(i)) {
                w[i] = Draws.uniform(random, -r, r);
            }
        }
        return w;
    }

    /**
     * A random sequence: one-hot or dense inputs in [−1, 1]; targets in [0, 1] at each step with probability
     * {@code targetProbability} and always at the last step.
     */
    static Sequence randomSequence(RandomGenerator random, int length, int in, int out, boolean oneHot,
                                   double targetProbability) {
        Sequence.Builder b = Sequence.builder(length, in, out);
        for (int t = 0; t < length; t++) {
            if (oneHot) {
                b.oneHot(t, random.nextInt(in));
            } else {
                for (int i = 0; i < in; i++) {
                    b.input(t, i, Draws.uniform(random, -1, 1));
                }
            }
            if (t == length - 1 || Draws.bernoulli(random, targetProbability)) {
                for (int k = 0; k < out; k++) {
                    b.target(t, k, random.nextDouble());
                }
            }
        }
        return b.build();
    }

    /** Runs {@code seq} through {@code net}; returns all outputs, {@code length x K}. */
    static double[][] run(Network net, Sequence seq, boolean learn) {
        double[][] outs = new double[seq.length()][net.outputSize()];
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, outs[t], learn);
        }
        net.endSequence(learn);
        return outs;
    }

    /** ½ Σ_t Σ_k (target − output)² over the target steps of {@code seq}, without learning. */
    static double error(Network net, Sequence seq) {
        double[][] outs = run(net, seq, false);
        double e = 0.0;
        for (int t = 0; t < seq.length(); t++) {
            if (seq.hasTarget(t)) {
                for (int k = 0; k < net.outputSize(); k++) {
                    double d = seq.target(t, k) - outs[t][k];
                    e += 0.5 * d * d;
                }
            }
        }
        return e;
    }
}
