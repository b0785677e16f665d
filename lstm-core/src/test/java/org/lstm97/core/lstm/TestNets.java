package org.lstm97.core.lstm;

import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.random.Draws;

/** Parameter sets, random weights and random sequences for the lstm tests (and the lane engine's). */
public final class TestNets {
    private TestNets() {}

    /** A mutable copy of {@link LstmParams} for tests. */
    public static final class P {
        public int blocks;
        public int blockSize;
        public double learningRate;
        public double initRange = 0.1;
        public Squash g = Squash.SYMMETRIC_2;
        public Squash h = Squash.SYMMETRIC_1;
        public OutputActivation outputActivation = OutputActivation.LOGISTIC;
        public Connectivity connectivity = Connectivity.F;
        public BiasUnits bias = BiasUnits.GA;
        public List<Double> inputGateBias;
        public Double inputGateBiasRange;
        public List<Double> outputGateBias;
        public boolean outputGates = true;
        public int hiddenUnits;
        public UpdateTiming update = UpdateTiming.PER_SEQUENCE;
        public double initialActivation;
        public GradientMode gradient = GradientMode.TRUNCATED;
        public boolean sequentialConstruction;
        public int constructionWindow = 1000;
        public double constructionMinDecrease = 0.01;

        public P(int blocks, int blockSize, double learningRate) {
            this.blocks = blocks;
            this.blockSize = blockSize;
            this.learningRate = learningRate;
        }

        public LstmParams build() {
            return new LstmParams(
                    blocks,
                    blockSize,
                    learningRate,
                    initRange,
                    g,
                    h,
                    outputActivation,
                    connectivity,
                    bias,
                    inputGateBias,
                    inputGateBiasRange,
                    outputGateBias,
                    outputGates,
                    hiddenUnits,
                    update,
                    initialActivation,
                    gradient,
                    sequentialConstruction,
                    constructionWindow,
                    constructionMinDecrease);
        }
    }

    /** Exp. 2a/2b: B connectivity, no output gate, no bias, g logistic, h identity. */
    public static P exp2a(double lr) {
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
    public static double[] randomWeights(LstmLayout layout, RandomGenerator random, double r) {
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
    public static Sequence randomSequence(
            RandomGenerator random, int length, int in, int out, boolean oneHot, double targetProbability) {
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
    public static double[][] run(Network net, Sequence seq, boolean learn) {
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

    /** A net shape to test: its name, input and output sizes, and its parameters (a fresh copy each call). */
    public record Config(String name, int inputs, int outputs, Supplier<P> params) {}

    /** Table 10's combinations (connectivity, bias, squashing, output gates) and the extra knobs. */
    public static List<Config> table10() {
        return List.of(
                new Config("exp1 4x1 ga", 7, 7, () -> {
                    P p = new P(4, 1, 0.5);
                    p.outputGateBias = List.of(-1.0, -2.0, -3.0, -4.0);
                    return p;
                }),
                new Config("exp1 3x2 ga", 7, 7, () -> new P(3, 2, 0.1)),
                new Config("exp2a B no-og id/logistic", 11, 11, () -> exp2a(1.0)),
                new Config("exp2c none", 9, 2, () -> {
                    P p = new P(2, 1, 0.01);
                    p.bias = BiasUnits.NONE;
                    return p;
                }),
                new Config("exp3 b1", 1, 1, () -> {
                    P p = new P(3, 1, 1.0);
                    p.bias = BiasUnits.B1;
                    return p;
                }),
                new Config("exp4 all", 2, 1, () -> {
                    P p = new P(2, 2, 0.5);
                    p.bias = BiasUnits.ALL;
                    return p;
                }),
                new Config("exp4 all linear output", 2, 1, () -> {
                    P p = new P(2, 2, 0.5);
                    p.bias = BiasUnits.ALL;
                    p.outputActivation = OutputActivation.LINEAR;
                    return p;
                }),
                new Config("exp6b all", 8, 8, () -> {
                    P p = new P(3, 2, 0.1);
                    p.bias = BiasUnits.ALL;
                    return p;
                }),
                new Config("2 hidden units, initial 0.5", 3, 2, () -> {
                    P p = new P(2, 2, 0.3);
                    p.bias = BiasUnits.ALL;
                    p.hiddenUnits = 2;
                    p.initialActivation = 0.5;
                    return p;
                }),
                new Config("B with output gates and all biases", 4, 3, () -> {
                    P p = new P(2, 2, 0.3);
                    p.connectivity = Connectivity.B;
                    p.bias = BiasUnits.ALL;
                    p.hiddenUnits = 1;
                    return p;
                }));
    }
}
