package org.lstm97.core.config;

import java.io.Serializable;

/**
 * Where a value came from: a file name and a 1-based line (0 when unknown). Prints as {@code file:line}.
 */
public record Origin(String file, int line) implements Serializable {

    public static Origin of(String file) {
        return new Origin(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
