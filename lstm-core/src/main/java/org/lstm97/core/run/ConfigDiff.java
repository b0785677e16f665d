package org.lstm97.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

    private ConfigDiff() {
    }

    /** The stored plan's rows by name, or an empty map when there is none (or it cannot be read). */
    static Map<String, JsonNode> storedRows(Path experimentJson) {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(experimentJson)) {
            return rows;
        }
        try {
            JsonNode root = ResultJson.MAPPER.readTree(Files.readString(experimentJson));
            for (JsonNode row : root.path("rows")) {
                rows.put(row.path("row").asText(), row);
            }
        } catch (IOException | RuntimeException e) {
            rows.clear();
        }
        return rows;
    }

    /** "key old → new" for every resolved key that differs, at most a few, or why no diff can be shown. */
    static String describe(JsonNode stored, RowSpec row) {
        if (stored == null) {
            return "the stored plan does not list it";
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", stored, before, true);
        JsonNode now = ResultJson.MAPPER.valueToTree(resolved(row));
        flatten("", now, after, true);
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

    /** The parts of a row that determine its trials, as experiment.json records them. */
    private static Map<String, Object> resolved(RowSpec row) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("budget", row.budget());
        map.put("task", row.task().asMap());
        map.put("learner", row.learner().asMap());
        map.put("stop", row.stop().asMap());
        map.put("evaluation", Map.of("testSize", row.evaluation().testSize(), "metrics", row.evaluation().metrics()));
        if (row.seedRow() != null) {
            map.put("seedsOf", row.seedRow());
        }
        return map;
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
