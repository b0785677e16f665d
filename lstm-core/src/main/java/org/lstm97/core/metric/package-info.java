/**
 * The numbers a trial reports from its final test-set {@link org.lstm97.core.api.Evaluation} (Tables 4-9):
 * {@code wrong}, {@code wrong-fraction}, {@code mse}, {@code mean-abs-error}, {@code max-abs-error} and
 * {@code clean-diff}, listed by {@link org.lstm97.core.metric.CoreMetrics}.
 */
package org.lstm97.core.metric;
