package org.lstm97.core.plugin;

/**
 * One documented parameter of a plugin, for {@code lstm97 list}.
 *
 * @param name         the YAML key
 * @param type         a short type name ("int", "double", "list of double", "one of: a, b")
 * @param defaultValue the default as written in YAML, or null when the parameter is required
 * @param doc          the one-line description
 */
public record ParamInfo(String name, String type, String defaultValue, String doc) {

    public boolean required() {
        return defaultValue == null;
    }
}
