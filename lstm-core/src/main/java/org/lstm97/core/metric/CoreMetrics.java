package org.lstm97.core.metric;

import java.util.List;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.plugin.MetricFactory;

/** The metrics of the paper's tables, each one field of the final test-set {@link Evaluation}. */
public final class CoreMetrics {
    private CoreMetrics() {}

    /** One factory per metric, in the order they are documented. */
    public static List<MetricFactory<?>> factories() {
        return List.of(
                new EvaluationMetricFactory(
                        "wrong",
                        "# wrong predictions: test sequences the task judged incorrect (Tables 7-9)",
                        e -> e.wrong()),
                new EvaluationMetricFactory(
                        "wrong-fraction",
                        "fraction misclassified: wrong / count (Tables 4-6)",
                        Evaluation::wrongFraction),
                new EvaluationMetricFactory(
                        "mse",
                        "MSE: mean over test sequences of the mean squared end error (Table 8)",
                        Evaluation::meanEndSquaredError),
                new EvaluationMetricFactory(
                        "mean-abs-error",
                        "average test-set error: mean absolute end error (text of Exp. 4-6)",
                        Evaluation::meanEndAbsError),
                new EvaluationMetricFactory(
                        "max-abs-error",
                        "largest absolute end error of any output unit on the test set",
                        Evaluation::maxEndAbsError),
                new EvaluationMetricFactory(
                        "clean-diff",
                        "av. difference to mean: mean |noise-free target - output| at the end (Table 6)",
                        Evaluation::meanCleanAbsDiff));
    }
}
