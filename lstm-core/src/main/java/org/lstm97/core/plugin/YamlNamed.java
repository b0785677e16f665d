package org.lstm97.core.plugin;

/**
 * An enum whose constants are written in YAML under a name of their own (e.g. {@code 2a}); other enums are
 * written as their constant in lower case with hyphens ({@code NEXT_SYMBOL} as {@code next-symbol}).
 */
public interface YamlNamed {

    String yamlName();
}
