package org.lstm97.core.api;

/**
 * A number a trial reports from the final test-set evaluation (e.g. "# wrong predictions", MSE,
 * fraction misclassified, average difference to the noise-free target).
 */
public interface Metric {

    double measure(Evaluation evaluation);
}
