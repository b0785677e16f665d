package org.lstm97.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.math.Exp;
import org.lstm97.core.math.VectorExp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One training time step of the 1997 LSTM (forward, partials (25)/(27), errors and updates where there is a
 * target), per time step: each invocation trains on a whole sequence and JMH divides by its length.
 *
 * <ul>
 *   <li>{@code table7}: the adding-problem net of Table 7 (2 inputs, 1 output, 2 blocks of 2, bias all, 93
 *   weights), dense sequences of 100 steps with a target at the last step.</li>
 *   <li>{@code table1}: the Reber net of Table 1 (one-hot 7 in / 7 out, 3 blocks of 2, gates biased, 276
 *   weights), sequences of 10 steps with a target at every step.</li>
 *   <li>{@code table7Lanes}, {@code table1Lanes}: the same nets and sequences in the lane engine, K trials
 *   side by side; the score is per trial-step (one time step of one trial).</li>
 *   <li>{@code thirteenLogistics*}: the logistics of one Table 7 step alone, with {@code Math.exp}, with our
 *   {@code Exp.logistic}, and with {@code VectorExp} over K lanes (per trial).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class LstmStepBenchmark {
    static final int SEQUENCES = BenchNets.SEQUENCES;

    /** The Table 7 net and dense adding-like sequences. */
    @State(Scope.Thread)
    public static class Table7 {
        TruncatedLstm net;
        Sequence[] sequences;
        double[] out = new double[1];
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            net = BenchNets.table7Net();
            sequences = BenchNets.table7Sequences().toArray(new Sequence[0]);
        }
    }

    /** The Table 1 net and one-hot sequences with a target at every step. */
    @State(Scope.Thread)
    public static class Table1 {
        TruncatedLstm net;
        Sequence[] sequences;
        double[] out = new double[7];
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            net = BenchNets.table1Net();
            sequences = BenchNets.table1Sequences().toArray(new Sequence[0]);
        }
    }

    /** K lanes of the Table 7 net on the same sequences. */
    @State(Scope.Thread)
    public static class Table7Lanes {
        LongSupplier pass;

        @Setup(Level.Trial)
        public void setUp() {
            pass = BenchNets.lanes(BenchNets.table7Params(), 2, 1, BenchNets.table7Sequences());
        }
    }

    /** K lanes of the Table 1 net on the same sequences. */
    @State(Scope.Thread)
    public static class Table1Lanes {
        LongSupplier pass;

        @Setup(Level.Trial)
        public void setUp() {
            pass = BenchNets.lanes(BenchNets.table1Params(), 7, 7, BenchNets.table1Sequences());
        }
    }

    private static void train(TruncatedLstm net, Sequence seq, double[] out, Blackhole bh) {
        net.startSequence();
        for (int t = 0; t < seq.length(); t++) {
            net.step(seq, t, out, true);
        }
        net.endSequence(true);
        bh.consume(out[0]);
    }

    /** Input of the exp floor: 13 different arguments, changed every call so nothing is constant-folded. */
    @State(Scope.Thread)
    public static class ExpInput {
        double x = 0.1;
    }

    /**
     * The floor: the 13 logistic functions one Table 7 step needs (2 input gates, 2 output gates, 4 g, 4 h,
     * 1 output), each 1 / (1 + Math.exp(−x)), with nothing else.
     */
    @Benchmark
    public double thirteenLogistics(ExpInput in) {
        double x = in.x;
        double sum = 0.0;
        for (int i = 0; i < 13; i++) {
            sum += 1.0 / (1.0 + Math.exp(-(x + 0.01 * i)));
        }
        in.x = x + 1e-9;
        return sum;
    }

    /** The same 13 logistics with our portable {@code Exp.logistic}. */
    @Benchmark
    public double thirteenLogisticsExp(ExpInput in) {
        double x = in.x;
        double sum = 0.0;
        for (int i = 0; i < 13; i++) {
            sum += Exp.logistic(x + 0.01 * i);
        }
        in.x = x + 1e-9;
        return sum;
    }

    /** The 13 logistics of 8 trials' steps with {@code VectorExp} (K lanes at a time); per trial. */
    @Benchmark
    @OperationsPerInvocation(8)
    public void thirteenLogisticsLanes(LaneExpInput in, Blackhole bh) {
        VectorExp.logistic(in.x, 0, in.y, 0, in.x.length);
        bh.consume(in.y[0]);
    }

    /** 13 arguments for each of 8 trials. */
    @State(Scope.Thread)
    public static class LaneExpInput {
        double[] x;
        double[] y;

        @Setup(Level.Trial)
        public void setUp() {
            int n = 13 * 8;
            x = new double[n];
            y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = -3 + 0.05 * i;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchNets.SEQUENCES * BenchNets.TABLE7_LENGTH)
    public long table7Lanes(Table7Lanes s) {
        return s.pass.getAsLong();
    }

    @Benchmark
    @OperationsPerInvocation(BenchNets.SEQUENCES * BenchNets.TABLE1_LENGTH)
    public long table1Lanes(Table1Lanes s) {
        return s.pass.getAsLong();
    }

    @Benchmark
    @OperationsPerInvocation(BenchNets.TABLE7_LENGTH)
    public void table7(Table7 s, Blackhole bh) {
        Sequence seq = s.sequences[s.next];
        s.next = (s.next + 1) % SEQUENCES;
        train(s.net, seq, s.out, bh);
    }

    @Benchmark
    @OperationsPerInvocation(BenchNets.TABLE1_LENGTH)
    public void table1(Table1 s, Blackhole bh) {
        Sequence seq = s.sequences[s.next];
        s.next = (s.next + 1) % SEQUENCES;
        train(s.net, seq, s.out, bh);
    }
}
