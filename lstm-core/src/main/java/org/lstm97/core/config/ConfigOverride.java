package org.lstm97.core.config;

import java.util.regex.Pattern;

/**
 * One {@code --set key.path=value} of the command line: a value laid over the experiment file after its
 * profile, validated like the file. The path names keys from the top of the file ({@code trials},
 * {@code task.T}, {@code stop.window}); {@code variants.<name>.<key...>} reaches into a variant by name, and
 * under {@code grid} the rest of the path is one axis ({@code variants.lstm.grid.task.T=[100]}). The value is
 * read as YAML ({@code --set task.T=[100, 500]}); messages name it {@code --set <path>}.
 *
 * @param path  the dotted path
 * @param value the value, its origin {@code --set <path>}
 * @param text  the override as given, recorded in the resolved experiment
 */
public record ConfigOverride(String path, ConfigNode value, String text) {
    private static final Pattern PATH = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9._-]+)?");

    /** Parses {@code key.path=value}. */
    public static ConfigOverride parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("--set " + text + ": expected KEY.PATH=VALUE, e.g. --set trials=2");
        }
        String path = text.substring(0, eq).strip();
        if (!PATH.matcher(path).matches() || path.endsWith(".") || path.contains("..")) {
            throw new ConfigException("--set " + text + ": '" + path + "' is not a key path such as task.T");
        }
        String where = "--set " + path;
        String raw = text.substring(eq + 1);
        ConfigNode value = raw.isBlank()
                ? ConfigNode.scalar(Origin.of(where), null)
                : YamlReader.parse(raw, where).relocated(Origin.of(where));
        return new ConfigOverride(path, value, path + "=" + raw);
    }
}
