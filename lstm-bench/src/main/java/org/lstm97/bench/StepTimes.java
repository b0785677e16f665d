package org.lstm97.bench;

import org.lstm97.core.bench.StepTimer;

/**
 * Prints wall-clock and thread-CPU time per training step of the benchmark nets with {@link StepTimer}; thread
 * CPU time stays meaningful when the machine is shared. Run:
 * {@code java -cp lstm-bench/target/benchmarks.jar org.lstm97.bench.StepTimes}.
 */
public final class StepTimes {
    private StepTimes() {
    }

    public static void main(String[] args) {
        StepTimer timer = new StepTimer(200, 300);
        for (int rep = 0; rep < 3; rep++) {
            print("table7", timer.measure(BenchNets.table7Net(), BenchNets.table7Sequences()));
            print("table1", new StepTimer(2000, 3000).measure(BenchNets.table1Net(), BenchNets.table1Sequences()));
        }
    }

    private static void print(String name, StepTimer.StepTime time) {
        System.out.printf("%s: %.1f ns/step wall, %.1f ns/step CPU, %.0f steps/s (%d steps)%n", name,
                time.nsPerStep(), time.cpuNsPerStep(), time.stepsPerSecond(), time.steps());
    }
}
