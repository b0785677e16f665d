package org.lstm97.core.plugin;

import org.lstm97.core.api.Metric;

/** Builds a {@link Metric} from its parameter record; registered under its YAML type name. */
public abstract class MetricFactory<P extends Record> extends PluginFactory<P, Metric> {

    protected MetricFactory(String type, Class<P> parameters, String description) {
        super(type, parameters, description);
    }

    @Override
    public final Kind kind() {
        return Kind.METRIC;
    }
}
