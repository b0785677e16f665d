package org.lstm97.core.plugin;

/**
 * Thrown by a parameter record's compact constructor when a value is out of range; the binder turns it into
 * a {@link org.lstm97.core.config.ConfigException} that names the file, line and key.
 */
public final class ParamException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ParamException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Fails unless {@code value > 0}. */
    public static void positive(String key, double value) {
        if (!(value > 0)) {
            throw new ParamException(key, key + " must be > 0, got " + Values.format(value));
        }
    }

    /** Fails unless {@code value >= 0}. */
    public static void nonNegative(String key, double value) {
        if (!(value >= 0)) {
            throw new ParamException(key, key + " must be >= 0, got " + Values.format(value));
        }
    }

    /** Fails unless {@code min <= value <= max}. */
    public static void inRange(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ParamException(
                    key,
                    key + " must be in [" + Values.format(min) + ", " + Values.format(max) + "], got "
                            + Values.format(value));
        }
    }
}
