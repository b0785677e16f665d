package org.lstm97.core.lanes;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;
import org.lstm97.core.train.NetworkProbe;
import org.lstm97.core.train.TrainingSession;

/**
 * Trains the trials of one row K at a time, one per lane of a {@link LaneLstm}: each lane has its own
 * {@link TrainingSession} (its own sequences, counts, stop rule and probe); when a lane's trial ends, its
 * result goes to the sink and the lane takes the row's next trial. Each trial's result equals the one-trial
 * learner's, bit for bit: same initial weights, same sequences, same arithmetic, same bookkeeping.
 */
final class LaneTrainer {
    private final TrialRunner runner;
    private final LstmParams params;
    private final LstmLayout layout;
    private final LaneLstm net;
    private final LaneEvaluator evaluator;
    private final Iterator<TrialSpec> pending;
    private final Consumer<TrialResult> sink;
    private final boolean refill;
    private final int nOut;
    private final Lane[] lanes = new Lane[LaneLstm.K];
    private final boolean[] ending = new boolean[LaneLstm.K];
    private final boolean[] starting = new boolean[LaneLstm.K];
    private boolean anyStarting;

    /** What one lane is doing: its trial, its session, its current sequence and outputs. */
    private static final class Lane {
        TrialRunner.Prepared trial;
        TrainingSession session;
        Sequence sequence;
        int step;
        double[] trace = new double[0];
    }

    /**
     * @param refill whether a lane whose trial ended takes the next pending trial at once (else a new group
     *               of K starts only when every lane has ended)
     */
    LaneTrainer(
            TrialRunner runner,
            LstmParams params,
            LstmLayout layout,
            List<TrialSpec> trials,
            Consumer<TrialResult> sink,
            boolean refill) {
        this.runner = runner;
        this.params = params;
        this.layout = layout;
        this.net = new LaneLstm(params, layout, true);
        this.evaluator = new LaneEvaluator(params, layout);
        this.pending = trials.iterator();
        this.sink = sink;
        this.refill = refill;
        this.nOut = layout.outputs();
        for (int l = 0; l < lanes.length; l++) {
            lanes[l] = new Lane();
        }
    }

    void run() {
        int live = fillIdleLanes();
        while (live > 0) {
            if (anyStarting) {
                net.startSequences(starting);
                Arrays.fill(starting, false);
                anyStarting = false;
            }
            for (int l = 0; l < lanes.length; l++) {
                Lane lane = lanes[l];
                if (lane.trial != null) {
                    net.setInput(l, lane.sequence, lane.step);
                }
            }
            net.step();
            if (recordOutputs()) {
                net.endSequences(ending);
                for (int l = 0; l < lanes.length; l++) {
                    if (ending[l]) {
                        endSequence(l);
                    }
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new LaneInterruptedException();
                }
                live = refill || live(lanes) == 0 ? fillIdleLanes() : live(lanes);
            }
        }
    }

    /** Copies every live lane's outputs into its trace; flags the lanes whose sequence ended. */
    private boolean recordOutputs() {
        boolean any = false;
        for (int l = 0; l < lanes.length; l++) {
            Lane lane = lanes[l];
            ending[l] = false;
            if (lane.trial == null) {
                continue;
            }
            int t = lane.step++;
            double[] trace = lane.trace;
            for (int k = 0; k < nOut; k++) {
                trace[t * nOut + k] = net.output(k, l);
            }
            if (lane.step == lane.sequence.length()) {
                ending[l] = true;
                any = true;
            }
        }
        return any;
    }

    private void endSequence(int l) {
        Lane lane = lanes[l];
        boolean going;
        try {
            going = lane.session.finish(lane.sequence, lane.trace, net.diverged(l));
            if (going) {
                begin(lane, l, lane.session.next());
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail(l, e);
            return;
        }
        if (!going) {
            TrialOutcome outcome =
                    lane.session.outcome(net.diverged(l) ? null : new TruncatedLstm(params, layout, net.weights(l)));
            sink.accept(runner.finish(lane.trial, outcome));
            free(l);
        }
    }

    /** Gives every idle lane a pending trial while there are any; returns how many lanes are live. */
    private int fillIdleLanes() {
        for (int l = 0; l < lanes.length; l++) {
            while (lanes[l].trial == null && pending.hasNext()) {
                start(l, pending.next());
            }
        }
        for (int l = 0; l < lanes.length; l++) {
            if (lanes[l].trial == null) {
                net.setIdle(l); // as the row's kind of input (see begin)
            }
        }
        return live(lanes);
    }

    private static int live(Lane[] lanes) {
        int live = 0;
        for (Lane lane : lanes) {
            if (lane.trial != null) {
                live++;
            }
        }
        return live;
    }

    /** Builds trial {@code spec} into lane {@code l} (or sends its result at once: a build failure, no budget). */
    private void start(int l, TrialSpec spec) {
        long start = System.nanoTime();
        Lane lane = lanes[l];
        try {
            TrialRunner.Prepared trial = runner.prepare(spec, start);
            lane.trial = trial;
            double[] weights = layout.initialWeights(params, trial.training().random("init"));
            net.load(l, weights);
            NetworkProbe probe =
                    new NetworkProbe(sequences -> evaluate(l, trial, sequences), trial.task(), trial.context()::random);
            lane.session = new TrainingSession(trial.training(), probe);
            if (lane.session.running()) {
                begin(lane, l, lane.session.next());
            } else {
                sink.accept(runner.finish(trial, lane.session.outcome(new TruncatedLstm(params, layout, weights))));
                free(l);
            }
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(runner.failed(spec, e, start));
            free(l);
        }
    }

    private void begin(Lane lane, int l, Sequence sequence) {
        net.idleInputs(sequence.isOneHot());
        lane.sequence = sequence;
        lane.step = 0;
        int needed = sequence.length() * nOut;
        if (lane.trace.length < needed) {
            lane.trace = new double[Math.max(needed, lane.trace.length * 2)];
        }
        starting[l] = true; // its state is reset before the next step, with the other lanes that start then
        anyStarting = true;
    }

    private Evaluation evaluate(int l, TrialRunner.Prepared trial, List<Sequence> sequences) {
        LaneEvaluator.Result result = evaluator.evaluate(net, l, trial.task(), sequences);
        if (result.diverged()) {
            net.markDiverged(l);
        }
        return result.evaluation();
    }

    private void fail(int l, Throwable e) {
        sink.accept(runner.failed(lanes[l].trial.spec(), e, lanes[l].trial.startNanos()));
        free(l);
    }

    private void free(int l) {
        Lane lane = lanes[l];
        starting[l] = false;
        lane.trial = null;
        lane.session = null;
        lane.sequence = null;
        net.load(l, new double[layout.arrayLength()]);
        net.setIdle(l);
    }

    /** Thrown when the thread running the lanes is interrupted (the executor is shutting down). */
    static final class LaneInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LaneInterruptedException() {
            super("interrupted", null, false, false);
        }
    }
}
