package org.lstm97.core.lanes;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;

/**
 * The lane engine's entry: trains the trials of one {@code lstm1997} row side by side, one per SIMD lane.
 * Touch this class only when {@code jdk.incubator.vector} is present ({@code org.lstm97.core.run.Engine}
 * checks), and only for learners without an obstacle ({@code Lstm1997Learner.laneObstacle()}).
 */
public final class LaneEngine {
    private LaneEngine() {}

    /** Lanes of a group on this CPU (8 doubles with AVX-512, 4 with AVX2). */
    public static int lanes() {
        return LaneLstm.K;
    }

    /**
     * A benchmark pass of K lanes training nets of {@code params} on {@code sequences} (see {@link LaneStepper}),
     * lane L starting from {@code weights.get(L % size)}; {@code getAsLong()} runs one pass and returns the
     * trial-steps it ran.
     */
    public static LongSupplier stepper(
            LstmParams params, int inputs, int outputs, List<double[]> weights, List<Sequence> sequences) {
        return new LaneStepper(params, new LstmLayout(params, inputs, outputs), weights, sequences);
    }

    /**
     * Trains {@code trials} (all of one row, whose learner has {@code params}, on a task of {@code inputs} inputs
     * and {@code outputs} outputs) and hands each result to {@code sink} as its trial ends, from this thread.
     *
     * @param refill whether a lane whose trial ended takes the next trial at once (true: the faster way), or
     *               waits until all lanes of its group ended
     */
    public static void run(
            TrialRunner runner,
            LstmParams params,
            int inputs,
            int outputs,
            List<TrialSpec> trials,
            Consumer<TrialResult> sink,
            boolean refill) {
        new LaneTrainer(runner, params, new LstmLayout(params, inputs, outputs), trials, sink, refill).run();
    }
}
