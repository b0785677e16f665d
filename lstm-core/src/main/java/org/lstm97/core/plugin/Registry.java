package org.lstm97.core.plugin;

import com.google.inject.Inject;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.Origin;
import org.lstm97.core.config.Suggestions;

/** Every registered plugin factory, by kind and YAML type name. */
public final class Registry {
    private final Map<Kind, Map<String, ? extends PluginFactory<?, ?>>> byKind;

    @Inject
    public Registry(
            Map<String, LearnerFactory<?>> learners,
            Map<String, TaskFactory<?>> tasks,
            Map<String, StopRuleFactory<?>> stopRules,
            Map<String, MetricFactory<?>> metrics) {
        byKind = Map.of(
                Kind.LEARNER, Collections.unmodifiableMap(new TreeMap<>(learners)),
                Kind.TASK, Collections.unmodifiableMap(new TreeMap<>(tasks)),
                Kind.STOP_RULE, Collections.unmodifiableMap(new TreeMap<>(stopRules)),
                Kind.METRIC, Collections.unmodifiableMap(new TreeMap<>(metrics)));
    }

    /**
     * The factory of {@code kind} registered as {@code type}.
     *
     * @throws ConfigException "unknown learner 'lstmx'; known: ..." located at {@code origin}
     */
    public PluginFactory<?, ?> factory(Kind kind, String type, Origin origin) {
        PluginFactory<?, ?> factory = byKind.get(kind).get(type);
        if (factory == null) {
            throw ConfigException.at(
                    origin,
                    "unknown " + kind.label() + " '" + type + "'"
                            + Suggestions.didYouMean(type, byKind.get(kind).keySet()) + "; known: "
                            + String.join(", ", byKind.get(kind).keySet()));
        }
        return factory;
    }

    public LearnerFactory<?> learner(String type, Origin origin) {
        return (LearnerFactory<?>) factory(Kind.LEARNER, type, origin);
    }

    public TaskFactory<?> task(String type, Origin origin) {
        return (TaskFactory<?>) factory(Kind.TASK, type, origin);
    }

    public StopRuleFactory<?> stopRule(String type, Origin origin) {
        return (StopRuleFactory<?>) factory(Kind.STOP_RULE, type, origin);
    }

    public MetricFactory<?> metric(String type, Origin origin) {
        return (MetricFactory<?>) factory(Kind.METRIC, type, origin);
    }

    /** The registered factories of {@code kind}, sorted by type name. */
    public List<PluginFactory<?, ?>> all(Kind kind) {
        return List.copyOf(byKind.get(kind).values());
    }
}
