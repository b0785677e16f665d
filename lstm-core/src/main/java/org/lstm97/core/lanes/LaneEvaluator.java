package org.lstm97.core.lanes;

import java.util.List;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.train.Evaluator;
import org.lstm97.core.train.Outcomes;

/**
 * Measures one frozen net on a set of sequences with every lane holding the same weights and its own
 * sequence, so K sequences run at once. The result is {@link Evaluator}'s for the same weights, bit for bit:
 * each sequence is measured alone and the measures are summed in the set's order.
 */
final class LaneEvaluator {
    private final LaneLstm net;
    private final int nOut;
    private final Sequence[] running = new Sequence[LaneLstm.K];
    private final int[] index = new int[LaneLstm.K];
    private final int[] step = new int[LaneLstm.K];
    private final double[][] trace = new double[LaneLstm.K][];
    private final boolean[] ending = new boolean[LaneLstm.K];
    private SequenceOutcome[] outcomes = new SequenceOutcome[0];
    private double[] endSquared = new double[0];

    LaneEvaluator(LstmParams params, LstmLayout layout) {
        this.net = new LaneLstm(params, layout, false);
        this.nOut = layout.outputs();
        for (int lane = 0; lane < LaneLstm.K; lane++) {
            trace[lane] = new double[0];
        }
    }

    /** The measures of lane {@code lane}'s net of {@code from} on {@code sequences}. */
    Result evaluate(LaneLstm from, int lane, SequenceTask task, List<Sequence> sequences) {
        net.loadEverywhere(from, lane);
        int n = sequences.size();
        if (n > 0) {
            net.idleInputs(sequences.get(0).isOneHot());
        }
        if (outcomes.length < n) {
            outcomes = new SequenceOutcome[n];
            endSquared = new double[n];
        }
        int next = 0;
        int live = 0;
        for (int l = 0; l < LaneLstm.K; l++) {
            if (next < n) {
                begin(l, next++, sequences);
                live++;
            } else {
                running[l] = null;
                net.setIdle(l);
            }
        }
        boolean diverged = false;
        while (live > 0) {
            for (int l = 0; l < LaneLstm.K; l++) {
                if (running[l] != null) {
                    net.setInput(l, running[l], step[l]);
                }
            }
            net.step();
            boolean anyEnd = false;
            for (int l = 0; l < LaneLstm.K; l++) {
                Sequence seq = running[l];
                ending[l] = false;
                if (seq != null) {
                    int t = step[l]++;
                    for (int k = 0; k < nOut; k++) {
                        trace[l][t * nOut + k] = net.output(k, l);
                    }
                    if (step[l] == seq.length()) {
                        ending[l] = true;
                        anyEnd = true;
                    }
                }
            }
            if (!anyEnd) {
                continue;
            }
            net.endSequences(ending);
            for (int l = 0; l < LaneLstm.K; l++) {
                if (!ending[l]) {
                    continue;
                }
                Sequence seq = running[l];
                outcomes[index[l]] = Outcomes.of(task, seq, trace[l]);
                endSquared[index[l]] = Outcomes.endSquaredMean(seq, trace[l]);
                diverged |= net.diverged(l);
                if (next < n) {
                    begin(l, next++, sequences);
                } else {
                    running[l] = null;
                    net.setIdle(l);
                    live--;
                }
            }
        }
        Outcomes.Accumulator acc = new Outcomes.Accumulator();
        for (int i = 0; i < n; i++) {
            acc.add(outcomes[i], endSquared[i]);
            outcomes[i] = null;
        }
        return new Result(acc.result(), diverged);
    }

    private void begin(int lane, int i, List<Sequence> sequences) {
        Sequence seq = sequences.get(i);
        running[lane] = seq;
        index[lane] = i;
        step[lane] = 0;
        int needed = seq.length() * nOut;
        if (trace[lane].length < needed) {
            trace[lane] = new double[Math.max(needed, trace[lane].length * 2)];
        }
        net.startSequence(lane);
    }

    /** The measures, and whether the net's finiteness checks failed on the way (the scalar net then diverges). */
    record Result(Evaluation evaluation, boolean diverged) {}
}
