package org.lstm97.core.config;

/**
 * Bad user input (an experiment file, a parameter, a results folder): one line that says what and where,
 * e.g. {@code table1.yaml:7: unknown learner 'lstmx'; known: lstm1997, rtrl}. The CLI prints the message
 * and exits with code 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message prefixed by its origin: {@code file:line: message}, or {@code file: message} without a line. */
    public static ConfigException at(Origin origin, String message) {
        return new ConfigException(origin == null ? message : origin + ": " + message);
    }
}
