/**
 * Quick in-process timing of a network's training step ({@link org.lstm97.core.bench.StepTimer}); the JMH
 * benchmarks live in the {@code lstm-bench} module.
 */
package org.lstm97.core.bench;
