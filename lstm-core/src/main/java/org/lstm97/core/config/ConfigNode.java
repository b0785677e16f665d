package org.lstm97.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with its position: a mapping, a list or a scalar (Long, Double, Boolean, String or null).
 * Immutable; {@link #merge} builds new nodes.
 */
public final class ConfigNode {
    /** The three shapes of a YAML value. */
    public enum Shape {
        MAP,
        LIST,
        SCALAR
    }

    private final Shape shape;
    private final Origin origin;
    private final Object scalar;
    private final Map<String, ConfigNode> map;
    private final List<ConfigNode> list;

    private ConfigNode(Shape shape, Origin origin, Object scalar, Map<String, ConfigNode> map, List<ConfigNode> list) {
        this.shape = shape;
        this.origin = origin;
        this.scalar = scalar;
        this.map = map;
        this.list = list;
    }

    public static ConfigNode scalar(Origin origin, Object value) {
        return new ConfigNode(Shape.SCALAR, origin, value, null, null);
    }

    public static ConfigNode map(Origin origin, Map<String, ConfigNode> entries) {
        return new ConfigNode(Shape.MAP, origin, null, Collections.unmodifiableMap(new LinkedHashMap<>(entries)), null);
    }

    public static ConfigNode list(Origin origin, List<ConfigNode> items) {
        return new ConfigNode(Shape.LIST, origin, null, null, List.copyOf(items));
    }

    public Shape shape() {
        return shape;
    }

    public Origin origin() {
        return origin;
    }

    public boolean isMap() {
        return shape == Shape.MAP;
    }

    public boolean isList() {
        return shape == Shape.LIST;
    }

    public boolean isScalar() {
        return shape == Shape.SCALAR;
    }

    /** The scalar value (Long, Double, Boolean, String or null). */
    public Object scalar() {
        return scalar;
    }

    /** The entries of a mapping, in file order. */
    public Map<String, ConfigNode> entries() {
        return map;
    }

    /** The items of a list. */
    public List<ConfigNode> items() {
        return list;
    }

    /** The entry {@code key} of a mapping, or null. */
    public ConfigNode get(String key) {
        return map == null ? null : map.get(key);
    }

    /** The value as plain Java data: LinkedHashMap, ArrayList and scalars. */
    public Object toPlain() {
        switch (shape) {
            case MAP -> {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, v.toPlain()));
                return out;
            }
            case LIST -> {
                List<Object> out = new ArrayList<>(list.size());
                list.forEach(v -> out.add(v.toPlain()));
                return out;
            }
            default -> {
                return scalar;
            }
        }
    }

    /** {@code override} laid over {@code base}: mappings merge key by key, anything else is replaced. */
    public static ConfigNode merge(ConfigNode base, ConfigNode override) {
        if (base == null) {
            return override;
        }
        if (override == null) {
            return base;
        }
        if (base.isMap() && override.isMap()) {
            Map<String, ConfigNode> out = new LinkedHashMap<>(base.map);
            override.map.forEach((k, v) -> out.put(k, merge(base.map.get(k), v)));
            return map(override.origin, out);
        }
        return override;
    }

    /** A copy of this mapping without {@code key}. */
    public ConfigNode without(String key) {
        Map<String, ConfigNode> out = new LinkedHashMap<>(map);
        out.remove(key);
        return map(origin, out);
    }

    /** A copy of this mapping with {@code key} set to {@code value}. */
    public ConfigNode with(String key, ConfigNode value) {
        Map<String, ConfigNode> out = new LinkedHashMap<>(map);
        out.put(key, value);
        return map(origin, out);
    }

    /** The same value with every node's origin replaced by {@code origin} (a value from the command line). */
    public ConfigNode relocated(Origin origin) {
        return switch (shape) {
            case MAP -> {
                Map<String, ConfigNode> out = new LinkedHashMap<>();
                map.forEach((k, v) -> out.put(k, v.relocated(origin)));
                yield map(origin, out);
            }
            case LIST ->
                list(origin, list.stream().map(v -> v.relocated(origin)).toList());
            default -> scalar(origin, scalar);
        };
    }

    /** A short description of the shape for messages: "a mapping", "a list", "'text'", "42". */
    public String describe() {
        return switch (shape) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            default -> scalar instanceof String s ? "'" + s + "'" : String.valueOf(scalar);
        };
    }
}
