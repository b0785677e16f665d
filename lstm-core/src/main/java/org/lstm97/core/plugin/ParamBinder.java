package org.lstm97.core.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.Origin;
import org.lstm97.core.config.Suggestions;
import org.lstm97.core.config.YamlReader;

/**
 * Binds a plain YAML map (strings, numbers, booleans, lists) to a plugin's parameter record, component by
 * component, using {@link Param} for defaults and documentation. Unknown keys, missing keys, wrong value
 * types and out-of-range values ({@link ParamException}) become one {@link ConfigException} naming the file,
 * line, key and the valid keys.
 *
 * <p>Supported component types: int, long, double, boolean and their boxes (a box may be null), String,
 * enums, {@code List<Double>}, {@code List<Integer>}, {@code List<String>}.
 */
public final class ParamBinder {

    /** Tells where a key of the bound map was written. */
    public interface Locator {
        /** A locator for values that carry no position (already validated, or built in code). */
        Locator NONE = key -> null;

        /** The origin of {@code key}, or of the map itself when {@code key} is null. */
        Origin originOf(String key);
    }

    private ParamBinder() {}

    /**
     * Builds the record {@code type} from {@code values}.
     *
     * @param owner names the plugin in messages, e.g. "learner 'lstm1997'"
     */
    public static <P extends Record> P bind(Class<P> type, Map<String, ?> values, Locator where, String owner) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> valid =
                Arrays.stream(components).map(RecordComponent::getName).toList();
        for (String key : values.keySet()) {
            if (!valid.contains(key)) {
                throw ConfigException.at(
                        where.originOf(key),
                        "unknown key '" + key + "' for " + owner
                                + Suggestions.didYouMean(key, valid) + "; valid keys: "
                                + String.join(", ", valid));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String key = c.getName();
            Object raw;
            Origin origin;
            if (values.containsKey(key)) {
                raw = values.get(key);
                origin = where.originOf(key);
            } else {
                Param param = c.getAnnotation(Param.class);
                if (param == null || Param.REQUIRED.equals(param.value())) {
                    throw ConfigException.at(
                            where.originOf(null),
                            "missing key '" + key + "' for " + owner + "; valid keys: " + String.join(", ", valid));
                }
                raw = parseDefault(param.value());
                origin = Origin.of(type.getSimpleName() + " default");
            }
            args[i] = convert(raw, c.getType(), c.getGenericType(), key, owner, origin);
        }
        try {
            Constructor<P> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ParamException pe) {
                throw ConfigException.at(
                        where.originOf(values.containsKey(pe.key()) ? pe.key() : null),
                        "key '" + pe.key() + "' for " + owner + ": " + pe.getMessage());
            }
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw ConfigException.at(where.originOf(null), owner + ": " + iae.getMessage());
            }
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** The documented parameters of {@code type}, in declaration order. */
    public static List<ParamInfo> describe(Class<? extends Record> type) {
        List<ParamInfo> infos = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Param param = c.getAnnotation(Param.class);
            String def = param == null || Param.REQUIRED.equals(param.value()) ? null : param.value();
            infos.add(new ParamInfo(
                    c.getName(), typeName(c.getType(), c.getGenericType()), def, param == null ? "" : param.doc()));
        }
        return infos;
    }

    /**
     * The record as plain YAML data with every parameter, defaults included: what a resolved configuration
     * (and its hash) records.
     */
    public static Map<String, Object> unbind(Record params) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : params.getClass().getRecordComponents()) {
            try {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.put(c.getName(), plain(accessor.invoke(params)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return out;
    }

    /**
     * The names of the parameters of {@code params} whose value equals their declared default (bound from the
     * default's text as a missing key would be): a configuration hash leaves them out, so a new parameter whose
     * default keeps the old behaviour changes no stored hash.
     */
    public static Set<String> atDefault(Record params) {
        Set<String> out = new LinkedHashSet<>();
        String owner = params.getClass().getSimpleName();
        for (RecordComponent c : params.getClass().getRecordComponents()) {
            Param param = c.getAnnotation(Param.class);
            if (param == null || Param.REQUIRED.equals(param.value())) {
                continue;
            }
            try {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                Object value = plain(accessor.invoke(params));
                Object declared = plain(convert(
                        parseDefault(param.value()),
                        c.getType(),
                        c.getGenericType(),
                        c.getName(),
                        owner,
                        Origin.of(owner + " default")));
                if (Objects.equals(value, declared)) {
                    out.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
        return out;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return yamlName(e);
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }

    /** The YAML name of an enum constant. */
    public static String yamlName(Enum<?> constant) {
        if (constant instanceof YamlNamed named) {
            return named.yamlName();
        }
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Object parseDefault(String text) {
        return YamlReader.value(text, "@Param default '" + text + "'");
    }

    private static String typeName(Class<?> type, Type generic) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "int";
        }
        if (type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (type.isEnum()) {
            return "one of: " + enumNames(type);
        }
        if (type == List.class) {
            return "list of " + typeName(elementType(generic), elementType(generic));
        }
        return type.getSimpleName();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String enumNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> yamlName((Enum<?>) e))
                .collect(Collectors.joining(", "));
    }

    private static Object convert(Object raw, Class<?> type, Type generic, String key, String owner, Origin origin) {
        if (raw == null) {
            if (type.isPrimitive()) {
                throw wrongType(key, owner, origin, type, generic, null);
            }
            return null;
        }
        if (type == int.class || type == Integer.class) {
            if (raw instanceof Number n && isIntegral(n) && n.longValue() == n.intValue()) {
                return n.intValue();
            }
        } else if (type == long.class || type == Long.class) {
            if (raw instanceof Number n && isIntegral(n)) {
                return n.longValue();
            }
        } else if (type == double.class || type == Double.class) {
            if (raw instanceof Number n && !(raw instanceof BigInteger)) {
                return n.doubleValue();
            }
        } else if (type == boolean.class || type == Boolean.class) {
            if (raw instanceof Boolean b) {
                return b;
            }
        } else if (type == String.class) {
            if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
                return String.valueOf(raw);
            }
        } else if (type.isEnum()) {
            String text = String.valueOf(raw);
            for (Object constant : type.getEnumConstants()) {
                if (yamlName((Enum<?>) constant).equals(text)) {
                    return constant;
                }
            }
            throw ConfigException.at(
                    origin,
                    "key '" + key + "' for " + owner + " must be one of: " + enumNames(type) + "; got '" + text + "'");
        } else if (type == List.class) {
            if (raw instanceof List<?> list) {
                Class<?> element = elementType(generic);
                List<Object> out = new ArrayList<>(list.size());
                for (Object item : list) {
                    if (item == null) {
                        throw wrongType(key, owner, origin, type, generic, raw);
                    }
                    try {
                        out.add(convert(item, element, element, key, owner, origin));
                    } catch (ConfigException e) {
                        throw wrongType(key, owner, origin, type, generic, raw);
                    }
                }
                return List.copyOf(out);
            }
        } else if (type == Map.class) {
            if (raw instanceof Map<?, ?> map) {
                return new LinkedHashMap<>(map);
            }
        } else {
            throw new IllegalStateException("unsupported parameter type " + type + " for " + key);
        }
        throw wrongType(key, owner, origin, type, generic, raw);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    private static ConfigException wrongType(
            String key, String owner, Origin origin, Class<?> type, Type generic, Object raw) {
        return ConfigException.at(
                origin,
                "key '" + key + "' for " + owner + " must be " + article(typeName(type, generic)) + ", got "
                        + describeValue(raw));
    }

    private static String article(String typeName) {
        if (typeName.startsWith("one of")) {
            return typeName;
        }
        return (typeName.matches("^[aeiou].*") ? "an " : "a ") + typeName;
    }

    private static String describeValue(Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof String s) {
            return "'" + s + "'";
        }
        if (raw instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (raw instanceof List<?>) {
            return "a list " + raw;
        }
        return String.valueOf(raw);
    }
}
