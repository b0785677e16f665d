package org.lstm97.core.testkit;

import java.util.random.RandomGenerator;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.random.Draws;

/** Random sequences for gradient checks, presenting a sequence to a network, and its error without learning. */
public final class SmallSequences {
    private SmallSequences() {}

    /** A dense sequence with random inputs in [-1, 1] and random targets in (0, 1) on some steps. */
    public static Sequence denseRandom(RandomGenerator random, int length, int in, int out) {
        Sequence.Builder b = Sequence.builder(length, in, out);
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < in; i++) {
                b.input(t, i, Draws.uniform(random, -1.0, 1.0));
            }
            if (t % 3 != 1) {
                for (int k = 0; k < out; k++) {
                    b.target(t, k, Draws.uniform(random, 0.05, 0.95));
                }
            }
        }
        return b.build();
    }

    /** A one-hot sequence with random symbols and one-hot targets on every step but the first. */
    public static Sequence oneHotRandom(RandomGenerator random, int length, int in, int out) {
        Sequence.Builder b = Sequence.builder(length, in, out);
        for (int t = 0; t < length; t++) {
            b.oneHot(t, Draws.uniformInt(random, 0, in - 1));
            if (t > 0) {
                int hot = Draws.uniformInt(random, 0, out - 1);
                for (int k = 0; k < out; k++) {
                    b.target(t, k, k == hot ? 1.0 : 0.0);
                }
            }
        }
        return b.build();
    }

    /** Presents the whole sequence: startSequence, every step with {@code learn}, endSequence. */
    public static void present(Network net, Sequence seq, boolean learn) {
        double[] out = new double[net.outputSize()];
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, learn);
        }
        net.endSequence(learn);
    }

    /** The sequence's error E = 1/2 sum over target steps and outputs of (d - y)^2, without learning. */
    public static double error(Network net, Sequence seq) {
        double[] out = new double[net.outputSize()];
        double e = 0.0;
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, false);
            if (seq.hasTarget(t)) {
                for (int k = 0; k < out.length; k++) {
                    double d = seq.target(t, k) - out[k];
                    e += 0.5 * d * d;
                }
            }
        }
        net.endSequence(false);
        return e;
    }
}
