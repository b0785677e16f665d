package org.lstm97.experiments.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;

/**
 * The harness of {@code lstm97 bench}: times a pass of training steps, first for warm-up passes (so the JIT
 * compiles the step loop), then for measured passes, and reports wall-clock and thread-CPU time per step.
 * A pass is a {@link LongSupplier} that runs its steps and returns how many it ran (the lane engine's
 * {@code LaneEngine.stepper} is one); it must keep its results alive (e.g. in a field) so the JIT cannot drop
 * the work. The JMH benchmarks of the same passes live in the optional module {@code lstm-bench}.
 */
public final class StepTimer {
    private final int warmupPasses;
    private final int measuredPasses;
    private final long minWarmupNanos;
    private final long minMeasuredNanos;

    /**
     * The speed of one measurement: wall-clock time per step and steps per second, and the CPU time of the
     * measuring thread per step (NaN where the JVM cannot measure it), which is less disturbed when the machine is
     * shared.
     */
    public record StepTime(long steps, long nanos, double nsPerStep, double stepsPerSecond, double cpuNsPerStep) {}

    /**
     * @param warmupPasses   passes over the sequences before timing starts
     * @param measuredPasses timed passes
     */
    public StepTimer(int warmupPasses, int measuredPasses) {
        this(warmupPasses, measuredPasses, 0L, 0L);
    }

    /**
     * A timer that also runs for a minimum time: warm-up passes go on until both {@code warmupPasses} passes and
     * {@code minWarmupNanos} have passed, timed passes until both {@code measuredPasses} and
     * {@code minMeasuredNanos}. Fixed pass counts alone under-warm nets with short sequences (a Table 1 pass is
     * 50× shorter than a Table 7 pass) and over-run slow ones.
     */
    public StepTimer(int warmupPasses, int measuredPasses, long minWarmupNanos, long minMeasuredNanos) {
        if (warmupPasses < 0 || measuredPasses < 1 || minWarmupNanos < 0 || minMeasuredNanos < 0) {
            throw new IllegalArgumentException("need warmupPasses >= 0, measuredPasses >= 1 and times >= 0, got "
                    + warmupPasses + ", " + measuredPasses + ", " + minWarmupNanos + ", " + minMeasuredNanos);
        }
        this.warmupPasses = warmupPasses;
        this.measuredPasses = measuredPasses;
        this.minWarmupNanos = minWarmupNanos;
        this.minMeasuredNanos = minMeasuredNanos;
    }

    /** Trains {@code network} on {@code sequences} (it changes!) and returns the measured step time. */
    public StepTime measure(Network network, List<Sequence> sequences) {
        Objects.requireNonNull(network, "network");
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("no sequences to time");
        }
        double[] out = new double[network.outputSize()];
        double[] sink = new double[1];
        return measure(() -> pass(network, sequences, out, sink));
    }

    /** Runs {@code pass} for warm-up, then times it: the time per step it reports. */
    public StepTime measure(LongSupplier pass) {
        long warmupStart = System.nanoTime();
        long warmupSteps = 0;
        for (int i = 0; i < warmupPasses || System.nanoTime() - warmupStart < minWarmupNanos; i++) {
            warmupSteps += pass.getAsLong();
        }
        if (warmupSteps < 0) {
            throw new IllegalStateException("a pass reported a negative step count");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long steps = 0;
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0L;
        long start = System.nanoTime();
        for (int i = 0; i < measuredPasses || System.nanoTime() - start < minMeasuredNanos; i++) {
            steps += pass.getAsLong();
        }
        long nanos = Math.max(1, System.nanoTime() - start);
        double cpuNs = cpu ? (double) (threads.getCurrentThreadCpuTime() - cpuStart) / steps : Double.NaN;
        return new StepTime(steps, nanos, (double) nanos / steps, steps * 1e9 / nanos, cpuNs);
    }

    private static long pass(Network network, List<Sequence> sequences, double[] out, double[] sink) {
        long steps = 0;
        for (Sequence seq : sequences) {
            network.startSequence();
            for (int t = 0; t < seq.length(); t++) {
                network.step(seq, t, out, true);
            }
            network.endSequence(true);
            sink[0] += out[0];
            steps += seq.length();
        }
        return steps;
    }
}
