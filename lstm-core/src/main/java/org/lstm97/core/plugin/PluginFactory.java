package org.lstm97.core.plugin;

import java.util.Map;
import java.util.Objects;

/**
 * Builds one kind of plugin from its typed parameter record. Subclasses name the YAML {@code type}, the
 * record class and a one-line description; the binder fills the record from the YAML map.
 *
 * @param <P> the parameter record
 * @param <T> what the factory builds
 */
public abstract class PluginFactory<P extends Record, T> {
    private final String type;
    private final Class<P> parameters;
    private final String description;

    protected PluginFactory(String type, Class<P> parameters, String description) {
        this.type = Objects.requireNonNull(type, "type");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** The YAML {@code type} name. */
    public final String type() {
        return type;
    }

    public final Class<P> parameters() {
        return parameters;
    }

    /** One line for {@code lstm97 list}. */
    public final String description() {
        return description;
    }

    public abstract Kind kind();

    /** Builds the plugin for one trial. */
    public abstract T create(P params, BuildContext context);

    /** Binds {@code values} (plain YAML data) to the parameter record; errors are located with {@code where}. */
    public final P bind(Map<String, ?> values, ParamBinder.Locator where) {
        return ParamBinder.bind(parameters, values, where, kind().label() + " '" + type + "'");
    }

    /** Builds from a record produced by {@link #bind} (typed as Record by callers that hold a wildcard). */
    public final T createBound(Record params, BuildContext context) {
        return create(parameters.cast(params), context);
    }

    /** Binds and builds in one go; for values that were validated before. */
    public final T createFrom(Map<String, ?> values, BuildContext context) {
        return create(bind(values, ParamBinder.Locator.NONE), context);
    }
}
