package org.lstm97.core.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plugin named in an experiment file: its {@code type} and its parameters as plain YAML data (validated
 * when the experiment was loaded).
 */
public record PluginSpec(String type, Map<String, Object> params) implements Serializable {

    public PluginSpec {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The spec as one map: {@code type} first, then the parameters. */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.putAll(params);
        return out;
    }
}
