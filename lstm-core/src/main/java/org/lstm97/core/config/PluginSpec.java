package org.lstm97.core.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A plugin named in an experiment file: its {@code type} and its parameters as plain YAML data (validated
 * when the experiment was loaded).
 */
public record PluginSpec(String type, Map<String, Object> params, Set<String> atDefault) implements Serializable {

    /**
     * @param params    every parameter, defaults included (what experiment.json records)
     * @param atDefault the parameters whose value is their declared default (left out of the configuration hash)
     */
    public PluginSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        atDefault = Collections.unmodifiableSet(new LinkedHashSet<>(atDefault));
    }

    /** A spec whose every parameter counts for the hash. */
    public PluginSpec(String type, Map<String, Object> params) {
        this(type, params, Set.of());
    }

    /** What determines results: {@code type} and the parameters not at their declared default. */
    public Map<String, Object> hashed() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        params.forEach((key, value) -> {
            if (!atDefault.contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }

    /** The spec as one map: {@code type} first, then the parameters. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.putAll(params);
        return out;
    }
}
