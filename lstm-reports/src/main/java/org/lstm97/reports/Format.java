package org.lstm97.reports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lstm97.core.config.ConfigException;

/** The output formats of a report, by the names the CLI's {@code --format} takes. */
public enum Format {
    /** {@code report.md}, plus the plots it links under {@code plots/}. */
    MD("md"),
    /** {@code tex/table-<id>.tex}, one standalone document per table. */
    TEX("tex"),
    /** {@code report.html}, self-contained, plus the plots under {@code plots/}. */
    HTML("html"),
    /** {@code results.csv}, one line per table cell. */
    CSV("csv");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Every format. */
    public static Set<Format> all() {
        return EnumSet.allOf(Format.class);
    }

    /** Parses a comma-separated list such as {@code md,tex}. */
    public static Set<Format> parse(String list) {
        EnumSet<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values())
                    .filter(f -> f.id.equals(name))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException("unknown report format '" + name + "'; known: "
                            + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")))));
        }
        if (formats.isEmpty()) {
            throw new ConfigException("no report format given; known: "
                    + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")));
        }
        return formats;
    }
}
