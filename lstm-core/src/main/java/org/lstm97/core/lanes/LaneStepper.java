package org.lstm97.core.lanes;

import java.util.List;
import java.util.function.LongSupplier;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;

/**
 * Training steps of K lanes for a benchmark ({@code lstm97 bench}, JMH), one pass per {@link #getAsLong()}, which
 * returns the trial-steps it ran: every lane trains its own net on the given sequences (lane L starts at sequence
 * L and takes every K-th after it), with the per-lane work a lane trial has (inputs, outputs copied out, sequence
 * ends), but no stop rule. All lanes stay busy, as in the long middle of a row's run.
 */
final class LaneStepper implements LongSupplier {
    private final LaneLstm net;
    private final List<Sequence> sequences;
    private final int nOut;
    private final int groupSteps;
    private final int[] index = new int[LaneLstm.K];
    private final Sequence[] current = new Sequence[LaneLstm.K];
    private final int[] step = new int[LaneLstm.K];
    private final boolean[] ending = new boolean[LaneLstm.K];
    private final double[] out;
    private double sink;

    LaneStepper(LstmParams params, LstmLayout layout, List<double[]> weights, List<Sequence> sequences) {
        this.net = new LaneLstm(params, layout, true);
        this.sequences = sequences;
        this.nOut = layout.outputs();
        long total = 0;
        for (Sequence s : sequences) {
            total += s.length();
        }
        this.groupSteps = (int) Math.max(1, total / LaneLstm.K);
        this.out = new double[nOut];
        for (int l = 0; l < LaneLstm.K; l++) {
            net.load(l, weights.get(l % weights.size()));
            index[l] = l % sequences.size();
            current[l] = sequences.get(index[l]);
            net.startSequence(l);
        }
    }

    /** As many group steps as one pass over the sequences has steps, divided among the lanes. */
    @Override
    public long getAsLong() {
        for (int i = 0; i < groupSteps; i++) {
            for (int l = 0; l < LaneLstm.K; l++) {
                net.setInput(l, current[l], step[l]);
            }
            net.step();
            boolean any = false;
            for (int l = 0; l < LaneLstm.K; l++) {
                for (int k = 0; k < nOut; k++) {
                    out[k] = net.output(k, l);
                }
                ending[l] = ++step[l] == current[l].length();
                any |= ending[l];
            }
            sink += out[0];
            if (any) {
                net.endSequences(ending);
                for (int l = 0; l < LaneLstm.K; l++) {
                    if (ending[l]) {
                        step[l] = 0;
                        index[l] = (index[l] + LaneLstm.K) % sequences.size();
                        current[l] = sequences.get(index[l]);
                    }
                }
                net.startSequences(ending);
            }
        }
        return (long) groupSteps * LaneLstm.K;
    }

    /** Keeps the outputs alive (never read for its value). */
    double sink() {
        return sink;
    }
}
