package org.lstm97.tasks.lag;

import org.lstm97.core.plugin.YamlNamed;

/** Exp. 2a (fixed middle, two training sequences) or 2b (random middle); YAML {@code 2a} / {@code 2b}. */
public enum LongLagVariant implements YamlNamed {
    /** (y, a_1, …, a_{p−1}, y) and (x, a_1, …, a_{p−1}, x), each with probability 0.5. */
    FIXED_MIDDLE("2a"),
    /** The middle is a random string of length p−1 over a_1 … a_{p−1} [PAPER.md §3.3 INTERP: i.i.d. uniform]. */
    RANDOM_MIDDLE("2b");

    private final String yamlName;

    LongLagVariant(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
