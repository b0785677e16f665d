/**
 * The benchmark harness of {@code lstm97 bench} ({@link org.lstm97.experiments.bench.StepTimer}: wall-clock and
 * thread-CPU time per training step after warm-up); core only offers the passes it times, such as
 * {@code LaneEngine.stepper}. The JMH benchmarks of the same passes are in the optional module {@code lstm-bench}.
 */
package org.lstm97.experiments.bench;
