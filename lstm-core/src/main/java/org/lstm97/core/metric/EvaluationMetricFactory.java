package org.lstm97.core.metric;

import java.util.Objects;
import org.lstm97.core.api.Metric;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.MetricFactory;

/** A parameterless metric that reads one number off an {@link org.lstm97.core.api.Evaluation}. */
public final class EvaluationMetricFactory extends MetricFactory<NoMetricParams> {
    private final Metric metric;

    public EvaluationMetricFactory(String type, String description, Metric metric) {
        super(type, NoMetricParams.class, description);
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    @Override
    public Metric create(NoMetricParams params, BuildContext context) {
        return metric;
    }
}
