/** JMH benchmarks of the training step; build with {@code -Pbench}, run {@code java -jar lstm-bench/target/benchmarks.jar}. */
package org.lstm97.bench;
