package org.lstm97.baselines.rcc;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.random.Draws;
import org.lstm97.core.train.TrainingSession;
import org.lstm97.core.train.TrainingSets;

/**
 * Recurrent Cascade-Correlation training (Fahlman 1991; cascor code for the Quickprop details):
 * <ol>
 *   <li>output phase: Quickprop epochs over the training set on the output weights only, until the summed
 *   squared error stagnates ({@code outputPatience}) or {@code outputMaxEpochs};</li>
 *   <li>candidate phase: a pool of self-recurrent candidates, each seeing the inputs, the bias and every
 *   installed unit, maximises S = sum_o |sum_p (V_p - mean V)(E_po - mean E_o)| / sum_po E_po^2 by Quickprop
 *   (real-time forward derivatives through the self link, BASELINES.md 5.4), until S stagnates;</li>
 *   <li>the best candidate is installed and frozen; back to 1, until {@code maxHidden} units.</li>
 * </ol>
 * Every sequence of an output epoch is one presentation and is shown to the stop rule (outputs taken before the
 * epoch's batch update, so the probe sees the weights that produced them); candidate epochs also count as
 * presentations ({@code countCandidateEpochs}) but the stop rule is not consulted during them, as the net does
 * not change. The counting, the divergence check and the stop rule are the trial's {@link TrainingSession}'s.
 */
public final class RccLearner implements Learner {
    private final RccParams params;
    private final RccListener listener;

    public RccLearner(RccParams params) {
        this(params, RccListener.NONE);
    }

    public RccLearner(RccParams params, RccListener listener) {
        this.params = params;
        this.listener = listener;
    }

    @Override
    public TrialOutcome train(TrainingContext context) {
        return new Trial(context).run();
    }

    /** The state of one trial. */
    private final class Trial {
        private final List<Sequence> set;
        private final RccNetwork net;
        private final TrainingSession session;
        private final RandomGenerator init;
        private final int in;
        private final int out;
        private final int cols;
        private final int[] rowStart;
        private final int totalSteps;
        private final int patterns;
        /** Values rows z(t) of every step of every training sequence, {@code totalSteps x cols}. */
        private final double[] cache;

        private final int[] patternRow;
        private final boolean[] targetRow;
        private final double[] patternTarget;
        private final double[] trace;
        private final double[] outDeltas;
        private final double[] outSlopes;
        private final double[] outPrevSlopes;

        Trial(TrainingContext context) {
            SequenceTask task = context.task();
            this.set = TrainingSets.fixedOrDrawn(task, params.trainingSetSize(), context.random("training-set"));
            this.in = task.inputSize();
            this.out = task.outputSize();
            this.net = new RccNetwork(in, out, params.maxHidden());
            this.cols = net.columns();
            this.session = new TrainingSession(context, context.probeFor(net));
            this.init = context.random("init");
            this.rowStart = new int[set.size() + 1];
            int maxLength = 1;
            int count = 0;
            for (int s = 0; s < set.size(); s++) {
                Sequence seq = set.get(s);
                rowStart[s + 1] = rowStart[s] + seq.length();
                maxLength = Math.max(maxLength, seq.length());
                for (int t = 0; t < seq.length(); t++) {
                    if (seq.hasTarget(t)) {
                        count++;
                    }
                }
            }
            this.totalSteps = rowStart[set.size()];
            this.patterns = count;
            this.cache = new double[totalSteps * cols];
            this.patternRow = new int[patterns];
            this.targetRow = new boolean[totalSteps];
            this.patternTarget = new double[patterns * out];
            int p = 0;
            for (int s = 0; s < set.size(); s++) {
                Sequence seq = set.get(s);
                for (int t = 0; t < seq.length(); t++) {
                    if (seq.hasTarget(t)) {
                        patternRow[p] = rowStart[s] + t;
                        targetRow[rowStart[s] + t] = true;
                        for (int k = 0; k < out; k++) {
                            patternTarget[p * out + k] = seq.target(t, k);
                        }
                        p++;
                    }
                }
            }
            this.trace = new double[maxLength * out];
            this.outDeltas = new double[out * cols];
            this.outSlopes = new double[out * cols];
            this.outPrevSlopes = new double[out * cols];
            double[] w = net.outputWeights();
            for (int k = 0; k < out; k++) {
                for (int j = 0; j < in + 1; j++) {
                    w[k * cols + j] = Draws.uniform(init, -params.weightRange(), params.weightRange());
                }
            }
        }

        TrialOutcome run() {
            if (patterns == 0) {
                throw new IllegalStateException("RCC needs target steps in its training set");
            }
            refreshCache();
            while (true) {
                if (!outputPhase()) {
                    return session.outcome(
                            net,
                            session.status() == TrialOutcome.Status.SOLVED
                                    ? "solved with " + net.hiddenUnits() + " hidden units"
                                    : net.hiddenUnits() + " hidden units when the budget ran out");
                }
                if (net.hiddenUnits() == params.maxHidden()) {
                    return session.outcome(
                            net, "all " + params.maxHidden() + " hidden units installed without success");
                }
                if (!candidatePhase()) {
                    return session.outcome(net, net.hiddenUnits() + " hidden units when the budget ran out");
                }
                refreshCache();
            }
        }

        /** Recomputes every values row with the installed (frozen) units. */
        private void refreshCache() {
            double[] row = new double[cols];
            for (int s = 0; s < set.size(); s++) {
                Sequence seq = set.get(s);
                net.startSequence();
                for (int t = 0; t < seq.length(); t++) {
                    net.values(seq, t, row);
                    System.arraycopy(row, 0, cache, (rowStart[s] + t) * cols, cols);
                }
            }
        }

        /** Output training; returns whether the trial goes on (not solved, diverged or out of budget). */
        private boolean outputPhase() {
            Arrays.fill(outDeltas, 0.0);
            Arrays.fill(outSlopes, 0.0);
            Arrays.fill(outPrevSlopes, 0.0);
            double[] w = net.outputWeights();
            int width = in + 1 + net.hiddenUnits();
            double offset = params.sigmoidPrimeOffset();
            double lastError = 0.0;
            int quitEpoch = 0;
            for (int epoch = 0; epoch < params.outputMaxEpochs(); epoch++) {
                double sse = 0.0;
                for (int s = 0; s < set.size(); s++) {
                    if (!session.running()) {
                        return false;
                    }
                    Sequence seq = set.get(s);
                    for (int t = 0; t < seq.length(); t++) {
                        int row = (rowStart[s] + t) * cols;
                        for (int k = 0; k < out; k++) {
                            double y = net.output(k, cache, row);
                            trace[t * out + k] = y;
                            if (seq.hasTarget(t)) {
                                double e = y - seq.target(t, k);
                                sse += e * e;
                                double delta = e * (y * (1.0 - y) + offset);
                                int base = k * cols;
                                for (int j = 0; j < width; j++) {
                                    outSlopes[base + j] += delta * cache[row + j];
                                }
                            }
                        }
                    }
                    session.consult(session.present(seq, trace));
                    if (session.decided()) {
                        return false;
                    }
                }
                listener.outputEpoch(net.hiddenUnits(), epoch, sse);
                double eps = params.outputEpsilon() / patterns;
                for (int k = 0; k < out; k++) {
                    for (int j = 0; j < width; j++) {
                        Quickprop.update(
                                k * cols + j,
                                w,
                                outDeltas,
                                outSlopes,
                                outPrevSlopes,
                                eps,
                                params.outputDecay(),
                                params.outputMu());
                    }
                }
                // patience as in cascor's TRAIN_OUTPUTS
                if (epoch == 0 || Math.abs(sse - lastError) > lastError * params.outputChangeThreshold()) {
                    lastError = sse;
                    quitEpoch = epoch + params.outputPatience();
                } else if (epoch >= quitEpoch) {
                    break;
                }
            }
            return true;
        }

        /** Trains a candidate pool and installs the best unit; returns false if the budget ran out first. */
        private boolean candidatePhase() {
            int unit = net.hiddenUnits();
            int fan = in + 1 + unit;
            int fanS = fan + 1;
            int pool = params.candidates();
            double offset = params.sigmoidPrimeOffset();
            // residual errors of the frozen output layer, E_po = (y - d) (f' + offset), centred per output
            double[] err = new double[patterns * out];
            double[] mean = new double[out];
            double sumSq = 0.0;
            for (int p = 0; p < patterns; p++) {
                int row = patternRow[p] * cols;
                for (int k = 0; k < out; k++) {
                    double y = net.output(k, cache, row);
                    double e = (y - patternTarget[p * out + k]) * (y * (1.0 - y) + offset);
                    err[p * out + k] = e;
                    mean[k] += e;
                    sumSq += e * e;
                }
            }
            for (int k = 0; k < out; k++) {
                mean[k] /= patterns;
            }
            for (int p = 0; p < patterns; p++) {
                for (int k = 0; k < out; k++) {
                    err[p * out + k] -= mean[k];
                }
            }
            if (sumSq == 0.0) {
                sumSq = 1.0;
            }
            // the pass that measured the residual errors; when the budget cuts it short its steps are not counted
            if (params.countCandidateEpochs()
                    && !session.pass(set.size(), session.remaining() > set.size() ? totalSteps : 0)) {
                return false;
            }

            CandidatePool candidates = new CandidatePool(pool, fan, out, init, params.weightRange());
            double[] best = candidates.weightsOf(0);
            double[] bestCor = new double[out];
            double bestScore = -1.0;
            double lastScore = 0.0;
            int quitEpoch = 0;
            double eps = params.inputEpsilon() / ((double) patterns * fanS);
            for (int epoch = 0; epoch < params.inputMaxEpochs(); epoch++) {
                candidates.measure(cache, cols, rowStart, targetRow, err);
                boolean budgetLeft = !params.countCandidateEpochs() || session.pass(set.size(), totalSteps);
                double epochBest = -1.0;
                int epochBestIndex = 0;
                for (int c = 0; c < pool; c++) {
                    double score = candidates.score(c, sumSq);
                    if (score > epochBest) {
                        epochBest = score;
                        epochBestIndex = c;
                    }
                }
                listener.candidateEpoch(unit, epoch, epochBest);
                if (epochBest > bestScore) {
                    bestScore = epochBest;
                    best = candidates.weightsOf(epochBestIndex);
                    for (int k = 0; k < out; k++) {
                        bestCor[k] = candidates.correlation(epochBestIndex, k, sumSq);
                    }
                }
                if (!budgetLeft) {
                    return false;
                }
                candidates.update(sumSq, eps, params.inputDecay(), params.inputMu());
                // patience as in cascor's TRAIN_INPUTS
                if (epoch == 0 || Math.abs(epochBest - lastScore) > lastScore * params.inputChangeThreshold()) {
                    lastScore = epochBest;
                    quitEpoch = epoch + params.inputPatience();
                } else if (epoch >= quitEpoch) {
                    break;
                }
            }
            double[] outInit = new double[out];
            for (int k = 0; k < out; k++) {
                outInit[k] = -bestCor[k] * params.weightMultiplier();
            }
            net.install(best, outInit);
            listener.unitInstalled(unit, bestScore, net);
            return true;
        }
    }
}
