/** JMH benchmarks of the training step; run {@code java -jar lstm-bench/target/benchmarks.jar}. */
package org.lstm97.bench;
