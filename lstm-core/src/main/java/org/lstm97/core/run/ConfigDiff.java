package org.lstm97.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lstm97.core.config.RowSpec;

/**
 * What changed in a row's resolved configuration since its trials were stored: the dotted keys
 * ({@code learner.learningRate}, {@code budget}) whose value in the stored {@code experiment.json} differs from
 * the row's, as "key old → new".
 */
final class ConfigDiff {
    private static final int MAX_KEYS = 6;

    private ConfigDiff() {}

    /** The stored plan's rows by name, or an empty map when there is none (or it cannot be read). */
    static Map<String, ExperimentFile.Row> storedRows(Path experimentJson) {
        Map<String, ExperimentFile.Row> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(experimentJson)) {
            return rows;
        }
        try {
            for (ExperimentFile.Row row : ExperimentFile.read(experimentJson).rows()) {
                rows.put(row.row(), row);
            }
        } catch (ResultsException e) {
            rows.clear();
        }
        return rows;
    }

    /** "key old → new" for every resolved key that differs, at most a few, or why no diff can be shown. */
    static String describe(ExperimentFile.Row stored, RowSpec row) {
        if (stored == null) {
            return "the stored plan does not list it";
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", ResultJson.MAPPER.valueToTree(stored), before, true);
        flatten("", ResultJson.MAPPER.valueToTree(ExperimentFile.Row.of(row, List.of())), after, true);
        List<String> changes = new ArrayList<>();
        for (String key : union(before, after)) {
            String was = before.get(key);
            String is = after.get(key);
            if (!Objects.equals(was, is)) {
                changes.add(key + " " + (was == null ? "(none)" : was) + " → " + (is == null ? "(none)" : is));
            }
        }
        if (changes.isEmpty()) {
            return "the same settings, another configuration hash (stored with an older way of hashing)";
        }
        List<String> shown = changes.subList(0, Math.min(MAX_KEYS, changes.size()));
        return String.join(", ", shown) + (changes.size() > MAX_KEYS ? ", ..." : "");
    }

    private static final List<String> COMPARED = List.of("budget", "task", "learner", "stop", "evaluation", "seedsOf");

    private static void flatten(String prefix, JsonNode node, Map<String, String> out, boolean top) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (top && !COMPARED.contains(f.getKey())) {
                    continue;
                }
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out, false);
            }
        } else {
            out.put(prefix, node.isTextual() ? node.asText() : node.toString());
        }
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        for (String key : b.keySet()) {
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
