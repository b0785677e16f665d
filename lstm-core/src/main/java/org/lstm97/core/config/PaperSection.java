package org.lstm97.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two reference sections of a variant, checked key by key: {@code paper:} (what the paper prints for the
 * row) and {@code references:} (measurements of the same row made elsewhere, e.g. an independent re-run of
 * another implementation under our protocol). Neither takes part in a row's configuration hash: they describe
 * what a row is compared with, not how it runs. For a variant with grid axes, each section maps grid labels
 * ({@code T=100}) to the values of that row, or holds one set of values (a mapping of paper keys, a list of
 * references) that every row of the grid shares: the rows are then readings of one printed row. Every error names
 * the file, line and key.
 */
final class PaperSection {
    /** Keys under {@code paper:} whose values are numbers. */
    static final List<String> PAPER_NUMBERS = List.of(
            "successPercent",
            "successAfter",
            "st1",
            "st2",
            "wrong",
            "mse",
            "misclassified",
            "cleanDiff",
            "weights",
            "row");
    /** Keys under {@code paper:} whose values are text. */
    static final List<String> PAPER_TEXTS = List.of("label", "successAfterText", "quoted", "table");

    static final List<String> PAPER_KEYS = List.of(
            "label",
            "weights",
            "successPercent",
            "successAfter",
            "successAfterText",
            "st1",
            "st2",
            "wrong",
            "mse",
            "misclassified",
            "cleanDiff",
            "quoted",
            "table",
            "row");
    static final List<String> REFERENCE_KEYS = List.of("label", "source", "trials", "solved", "mean", "note");

    private PaperSection() {}

    /** The paper's values of the row labelled {@code gridLabel} (null without grid axes); empty when none. */
    static Map<String, Object> paper(ConfigNode paper, String gridLabel, Set<String> gridLabels) {
        ConfigNode values = forRow(paper, "paper", "a mapping of the paper's values", gridLabel, gridLabels);
        if (values == null) {
            return Map.of();
        }
        if (!values.isMap()) {
            throw ConfigException.at(
                    values.origin(),
                    gridLabel == null
                            ? "key 'paper' must be a mapping of the paper's values"
                            : "the paper's values for '" + gridLabel + "' must be a mapping");
        }
        checkKeys(values, PAPER_KEYS, "the paper's values");
        for (Map.Entry<String, ConfigNode> e : values.entries().entrySet()) {
            ConfigNode value = e.getValue();
            if (PAPER_NUMBERS.contains(e.getKey())) {
                if (!(value.scalar() instanceof Number) || !value.isScalar()) {
                    throw ConfigException.at(
                            value.origin(),
                            "the paper's value '" + e.getKey() + "' must be a number, got " + value.describe());
                }
            } else if (!value.isScalar() || value.scalar() == null) {
                throw ConfigException.at(
                        value.origin(), "the paper's value '" + e.getKey() + "' must be text, got " + value.describe());
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) values.toPlain();
        return plain;
    }

    /**
     * The references of the row labelled {@code gridLabel}: each a mapping with {@code label}, {@code source},
     * {@code trials}, {@code solved} and optionally {@code mean} and {@code note}.
     */
    static List<Map<String, Object>> references(ConfigNode references, String gridLabel, Set<String> gridLabels) {
        ConfigNode list = forRow(references, "references", "a list of references", gridLabel, gridLabels);
        if (list == null) {
            return List.of();
        }
        if (!list.isList()) {
            throw ConfigException.at(
                    list.origin(),
                    "key 'references' must be a list of references (label, source, "
                            + "trials, solved, mean, note), got " + list.describe());
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (ConfigNode reference : list.items()) {
            out.add(reference(reference));
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> reference(ConfigNode node) {
        if (!node.isMap()) {
            throw ConfigException.at(
                    node.origin(),
                    "a reference must be a mapping with label, source, trials, solved "
                            + "(and optionally mean, note), got " + node.describe());
        }
        checkKeys(node, REFERENCE_KEYS, "reference");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", text(node, "label", true));
        out.put("source", text(node, "source", true));
        long trials = integer(node, "trials", 1);
        long solved = integer(node, "solved", 0);
        if (solved > trials) {
            throw ConfigException.at(
                    node.get("solved").origin(),
                    "key 'solved' of a reference must be <= trials (" + trials + "), got " + solved);
        }
        out.put("trials", trials);
        out.put("solved", solved);
        ConfigNode mean = node.get("mean");
        if (mean != null) {
            if (!(mean.scalar() instanceof Number n) || !(n.doubleValue() > 0.0)) {
                throw ConfigException.at(
                        mean.origin(), "key 'mean' of a reference must be a number > 0, got " + mean.describe());
            }
            if (solved == 0) {
                throw ConfigException.at(mean.origin(), "key 'mean' of a reference needs solved trials, got solved: 0");
            }
            out.put("mean", n);
        }
        String note = text(node, "note", false);
        if (note != null) {
            out.put("note", note);
        }
        return out;
    }

    /**
     * The section of one row: the section itself without grid axes or when it is one for all rows, else its entry
     * for {@code gridLabel}.
     */
    private static ConfigNode forRow(
            ConfigNode section, String key, String what, String gridLabel, Set<String> gridLabels) {
        if (section == null || gridLabel == null) {
            return section;
        }
        // One section for every row of the grid: the rows are readings of one printed row (experiments/readings).
        if (section.isList()
                || section.isMap()
                        && !section.entries().isEmpty()
                        && PAPER_KEYS.containsAll(section.entries().keySet())) {
            return section;
        }
        if (!section.isMap()) {
            throw ConfigException.at(
                    section.origin(),
                    "key '" + key + "' of a variant with grid axes must map " + "grid labels ("
                            + String.join(", ", gridLabels) + ") to " + what);
        }
        // A profile may run fewer grid values than the file lists, so a label is checked for its axes, not its value.
        String axes = axes(gridLabel);
        for (Map.Entry<String, ConfigNode> e : section.entries().entrySet()) {
            if (!axes(e.getKey()).equals(axes)) {
                throw ConfigException.at(
                        e.getValue().origin(),
                        "unknown grid label '" + e.getKey() + "' under '" + key + "'; the rows are labelled like "
                                + String.join(", ", gridLabels));
            }
        }
        return section.get(gridLabel);
    }

    /** The axis names of a grid label: "T=100,p=50" gives "T,p"; a key that is no label gives "". */
    private static String axes(String label) {
        StringBuilder axes = new StringBuilder();
        for (String part : label.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                return "";
            }
            axes.append(axes.length() == 0 ? "" : ",").append(part, 0, eq);
        }
        return axes.toString();
    }

    private static void checkKeys(ConfigNode map, List<String> valid, String what) {
        for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                throw ConfigException.at(
                        e.getValue().origin(),
                        "unknown key '" + e.getKey() + "' in " + what + "; valid keys: " + String.join(", ", valid));
            }
        }
    }

    private static String text(ConfigNode map, String key, boolean required) {
        ConfigNode node = map.get(key);
        if (node == null) {
            if (required) {
                throw ConfigException.at(map.origin(), "missing key '" + key + "' in reference");
            }
            return null;
        }
        if (!(node.scalar() instanceof String s) || s.isBlank()) {
            throw ConfigException.at(
                    node.origin(), "key '" + key + "' of a reference must be text, got " + node.describe());
        }
        return s;
    }

    private static long integer(ConfigNode map, String key, long min) {
        ConfigNode node = map.get(key);
        if (node == null) {
            throw ConfigException.at(map.origin(), "missing key '" + key + "' in reference");
        }
        if (!(node.scalar() instanceof Long value) || value < min) {
            throw ConfigException.at(
                    node.origin(),
                    "key '" + key + "' of a reference must be an integer >= " + min + ", got " + node.describe());
        }
        return value;
    }
}
