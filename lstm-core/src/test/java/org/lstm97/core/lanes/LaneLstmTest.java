package org.lstm97.core.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.TestNets;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.lstm.UpdateTiming;
import org.lstm97.core.train.Evaluator;

/**
 * Every lane of the lane net equals the scalar net of its trial, bit for bit: the outputs of every step, the
 * weights after every sequence and the divergence flag, for every Table 10 configuration, both update
 * timings, dense, one-hot and mixed inputs, and lanes whose sequences end at different steps.
 */
class LaneLstmTest {
    private static final int K = LaneLstm.K;

    /** How the lanes' inputs look. */
    enum Inputs {
        DENSE,
        ONE_HOT,
        MIXED
    }

    static Stream<Arguments> configurations() {
        List<Arguments> out = new ArrayList<>();
        for (TestNets.Config c : TestNets.table10()) {
            for (UpdateTiming update : UpdateTiming.values()) {
                for (Inputs inputs : Inputs.values()) {
                    for (long seed : new long[] {1, 2}) {
                        TestNets.P p = c.params().get();
                        p.update = update;
                        out.add(Arguments.of(
                                c.name() + ", " + update + ", " + inputs + ", seed " + seed,
                                p.build(),
                                c.inputs(),
                                c.outputs(),
                                inputs,
                                seed));
                    }
                }
            }
        }
        return out.stream();
    }

    /** One lane's trial as the scalar net runs it. */
    private static final class Trial {
        final TruncatedLstm scalar;
        final SplittableRandom random;
        final boolean oneHot;
        Sequence seq;
        int t;
        int sequences;

        Trial(TruncatedLstm scalar, SplittableRandom random, boolean oneHot) {
            this.scalar = scalar;
            this.random = random;
            this.oneHot = oneHot;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyLaneEqualsItsScalarNet(String name, LstmParams p, int in, int out, Inputs inputs, long seed) {
        LstmLayout layout = new LstmLayout(p, in, out);
        LaneLstm lanes = new LaneLstm(p, layout, true);
        SplittableRandom random = new SplittableRandom(seed);
        int live = Math.max(1, K - 1); // one lane stays idle
        Trial[] trials = new Trial[K];
        for (int l = 0; l < live; l++) {
            double[] w = TestNets.randomWeights(layout, random, 1.0);
            boolean oneHot = inputs == Inputs.ONE_HOT || (inputs == Inputs.MIXED && l % 2 == 1);
            trials[l] = new Trial(new TruncatedLstm(p, layout, w), random.split(), oneHot);
            lanes.load(l, w);
            begin(lanes, l, trials[l], in, out);
        }
        for (int l = live; l < K; l++) {
            lanes.load(l, new double[layout.arrayLength()]);
            lanes.setIdle(l);
        }
        double[] scalarOut = new double[out];
        boolean[] ending = new boolean[K];
        int done = 0;
        while (done < live) {
            for (int l = 0; l < live; l++) {
                if (trials[l].sequences < 4) {
                    lanes.setInput(l, trials[l].seq, trials[l].t);
                }
            }
            lanes.step();
            for (int l = 0; l < live; l++) {
                Trial trial = trials[l];
                ending[l] = false;
                if (trial.sequences >= 4) {
                    continue;
                }
                trial.scalar.step(trial.seq, trial.t, scalarOut, true);
                for (int k = 0; k < out; k++) {
                    assertThat(lanes.output(k, l))
                            .as("lane %d output %d, step %d of sequence %d", l, k, trial.t, trial.sequences)
                            .isEqualTo(scalarOut[k]);
                }
                ending[l] = ++trial.t == trial.seq.length();
            }
            lanes.endSequences(ending);
            for (int l = 0; l < live; l++) {
                if (!ending[l]) {
                    continue;
                }
                Trial trial = trials[l];
                trial.scalar.endSequence(true);
                assertThat(lanes.weights(l))
                        .as("lane %d weights after sequence %d", l, trial.sequences)
                        .isEqualTo(trial.scalar.weights());
                assertThat(lanes.diverged(l)).isEqualTo(trial.scalar.diverged());
                if (++trial.sequences < 4) {
                    begin(lanes, l, trial, in, out);
                } else {
                    lanes.setIdle(l);
                    done++;
                }
            }
        }
        for (int l = 0; l < live; l++) {
            assertThat(trials[l].scalar.weights())
                    .as("learning happened")
                    .isNotEqualTo(TestNets.randomWeights(layout, new SplittableRandom(seed), 1.0));
        }
    }

    private static void begin(LaneLstm lanes, int l, Trial trial, int in, int out) {
        trial.seq = TestNets.randomSequence(trial.random, 1 + trial.random.nextInt(12), in, out, trial.oneHot, 0.4);
        trial.t = 0;
        trial.scalar.startSequence();
        lanes.startSequence(l);
    }

    /** Every lane live, sequences of one length: the lanes start together (the partials cleared in one pass). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void lanesStartingTogetherEqualTheirScalarNets(
            String name, LstmParams p, int in, int out, Inputs inputs, long seed) {
        LstmLayout layout = new LstmLayout(p, in, out);
        LaneLstm lanes = new LaneLstm(p, layout, true);
        SplittableRandom random = new SplittableRandom(seed);
        TruncatedLstm[] scalar = new TruncatedLstm[K];
        boolean[] all = new boolean[K];
        for (int l = 0; l < K; l++) {
            double[] w = TestNets.randomWeights(layout, random, 1.0);
            scalar[l] = new TruncatedLstm(p, layout, w);
            lanes.load(l, w);
            all[l] = true;
        }
        int length = 1 + random.nextInt(10);
        double[] scalarOut = new double[out];
        for (int n = 0; n < 3; n++) {
            Sequence[] seqs = new Sequence[K];
            for (int l = 0; l < K; l++) {
                boolean oneHot = inputs == Inputs.ONE_HOT || (inputs == Inputs.MIXED && l % 2 == 1);
                seqs[l] = TestNets.randomSequence(random, length, in, out, oneHot, 0.4);
                scalar[l].startSequence();
            }
            lanes.startSequences(all);
            for (int t = 0; t < length; t++) {
                for (int l = 0; l < K; l++) {
                    lanes.setInput(l, seqs[l], t);
                }
                lanes.step();
                for (int l = 0; l < K; l++) {
                    scalar[l].step(seqs[l], t, scalarOut, true);
                    for (int k = 0; k < out; k++) {
                        assertThat(lanes.output(k, l))
                                .as("lane %d output %d step %d", l, k, t)
                                .isEqualTo(scalarOut[k]);
                    }
                }
            }
            lanes.endSequences(all);
            for (int l = 0; l < K; l++) {
                scalar[l].endSequence(true);
                assertThat(lanes.weights(l))
                        .as("lane %d after sequence %d", l, n)
                        .isEqualTo(scalar[l].weights());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void frozenEvaluationInLanesEqualsTheEvaluator(
            String name, LstmParams p, int in, int out, Inputs inputs, long seed) {
        LstmLayout layout = new LstmLayout(p, in, out);
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = TestNets.randomWeights(layout, random, 1.0);
        LaneLstm trained = new LaneLstm(p, layout, true);
        trained.load(K - 1, w);
        List<Sequence> set = new ArrayList<>();
        for (int i = 0; i < 3 * K + 1; i++) {
            boolean oneHot = inputs == Inputs.ONE_HOT || (inputs == Inputs.MIXED && i % 3 == 0);
            set.add(TestNets.randomSequence(random, 1 + random.nextInt(15), in, out, oneHot, 0.5));
        }
        SequenceTask task = new AnyOutputTask(in, out);
        LaneEvaluator.Result lanes = new LaneEvaluator(p, layout).evaluate(trained, K - 1, task, set);
        TruncatedLstm scalar = new TruncatedLstm(p, layout, w);
        Evaluation expected = Evaluator.evaluate(scalar, task, set);
        assertThat(lanes.evaluation()).isEqualTo(expected);
        assertThat(lanes.diverged()).isEqualTo(scalar.diverged());
    }

    @Test
    void aLaneWhoseOutputsOverflowIsMarkedDivergedAndStopsLearning() {
        TestNets.P params = new TestNets.P(2, 2, 0.5);
        params.outputActivation = org.lstm97.core.lstm.OutputActivation.LINEAR;
        LstmParams p = params.build();
        LstmLayout layout = new LstmLayout(p, 2, 1);
        LaneLstm lanes = new LaneLstm(p, layout, true);
        double[] huge = new double[layout.arrayLength()];
        java.util.Arrays.fill(huge, Double.MAX_VALUE);
        double[] small = TestNets.randomWeights(layout, new SplittableRandom(5), 0.1);
        lanes.load(0, huge);
        lanes.load(1, small);
        for (int l = 2; l < K; l++) {
            lanes.setIdle(l);
        }
        Sequence seq = TestNets.randomSequence(new SplittableRandom(6), 3, 2, 1, false, 1.0);
        TruncatedLstm scalarHuge = new TruncatedLstm(p, layout, huge);
        TruncatedLstm scalarSmall = new TruncatedLstm(p, layout, small);
        double[][] outHuge = TestNets.run(scalarHuge, seq, true);
        TestNets.run(scalarSmall, seq, true);
        lanes.startSequence(0);
        lanes.startSequence(1);
        boolean[] ending = new boolean[K];
        for (int t = 0; t < seq.length(); t++) {
            lanes.setInput(0, seq, t);
            lanes.setInput(1, seq, t);
            lanes.step();
            assertThat(lanes.output(0, 0)).isEqualTo(outHuge[t][0]);
        }
        ending[0] = true;
        ending[1] = true;
        lanes.endSequences(ending);
        assertThat(scalarHuge.diverged()).isTrue();
        assertThat(lanes.diverged(0)).isTrue();
        assertThat(lanes.weights(0)).isEqualTo(scalarHuge.weights());
        assertThat(lanes.diverged(1)).isFalse();
        assertThat(lanes.weights(1)).isEqualTo(scalarSmall.weights());
    }

    /** A task that only judges: a sequence is correct when its last output exceeds 0.5. */
    private record AnyOutputTask(int inputSize, int outputSize) implements SequenceTask {
        @Override
        public List<String> inputNames() {
            return null;
        }

        @Override
        public List<String> outputNames() {
            return null;
        }

        @Override
        public Sequence next(java.util.random.RandomGenerator random) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isCorrect(Sequence sequence, double[] outputs) {
            return outputs[(sequence.length() - 1) * outputSize] > 0.5;
        }
    }
}
