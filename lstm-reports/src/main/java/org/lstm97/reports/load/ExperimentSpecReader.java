package org.lstm97.reports.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.SettingChange;

/** Reads {@code experiment.json}; fields it does not know are ignored, a wrong format version is refused. */
public final class ExperimentSpecReader {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** Reads and checks one {@code experiment.json}. */
    public ExperimentSpec read(Path file) {
        JsonNode root;
        try {
            root = JsonFiles.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(file + ": not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.canConvertToInt()) {
            throw new ConfigException(file + ": format version missing (this build reads format "
                    + ExperimentSpec.FORMAT + ")");
        }
        if (format.asInt() != ExperimentSpec.FORMAT) {
            throw new ConfigException(file + ": unknown format version " + format.asText()
                    + " (this build reads format " + ExperimentSpec.FORMAT + ")");
        }
        String experiment = text(root, "experiment");
        if (experiment == null) {
            experiment = file.getParent() == null ? "experiment" : file.getParent().getFileName().toString();
        }
        String table = text(root, "table");
        JsonNode rowsNode = root.get("rows");
        if (rowsNode == null || !rowsNode.isArray()) {
            throw new ConfigException(file + ": 'rows' missing or not a list");
        }
        List<RowSpec> rows = new ArrayList<>();
        for (JsonNode row : rowsNode) {
            rows.add(row(file, row));
        }
        return new ExperimentSpec(format.asInt(), experiment, table, text(root, "title"), text(root, "profile"),
                root.path("seed").asLong(0L), text(root, "source"), text(root, "commit"), machine(root.get("machine")),
                text(root, "createdAt"), rows, strings(root.get("overrides")));
    }

    private static RowSpec row(Path file, JsonNode row) {
        String name = text(row, "row");
        if (name == null) {
            throw new ConfigException(file + ": a row without 'row' name");
        }
        return new RowSpec(name, text(row, "variant"), row.path("trials").asInt(0), row.path("budget").asLong(0L),
                text(row, "configHash"), map(row.get("task")), map(row.get("learner")), map(row.get("stop")),
                map(row.get("evaluation")), paper(row.get("paper")), references(file, row.get("references")),
                changes(row.get("changedFromPaper")));
    }

    private static List<SettingChange> changes(JsonNode node) {
        List<SettingChange> changes = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return changes;
        }
        node.fields().forEachRemaining(e -> changes.add(new SettingChange(e.getKey(),
                plain(e.getValue().get("paper")), plain(e.getValue().get("run")))));
        return changes;
    }

    private static List<Reference> references(Path file, JsonNode list) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ConfigException(file + ": 'references' of a row must be a list");
        }
        List<Reference> out = new ArrayList<>();
        for (JsonNode r : list) {
            if (!r.isObject() || text(r, "label") == null || !r.path("trials").canConvertToInt()
                    || !r.path("solved").canConvertToInt()) {
                throw new ConfigException(file + ": a reference needs label, trials and solved");
            }
            out.add(new Reference(text(r, "label"), text(r, "source"), r.get("trials").asInt(),
                    r.get("solved").asInt(), number(r, "mean"), text(r, "note")));
        }
        return out;
    }

    private static Object plain(JsonNode value) {
        return value == null || value.isNull() ? null : JsonFiles.MAPPER.convertValue(value, Object.class);
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static PaperValues paper(JsonNode p) {
        if (p == null || !p.isObject()) {
            return PaperValues.NONE;
        }
        return new PaperValues(text(p, "label"), number(p, "successPercent"), number(p, "successAfter"),
                text(p, "successAfterText"), number(p, "st1"), number(p, "st2"), number(p, "wrong"),
                number(p, "mse"), number(p, "misclassified"), number(p, "cleanDiff"), number(p, "weights"),
                text(p, "quoted"));
    }

    private static Machine machine(JsonNode m) {
        if (m == null || !m.isObject()) {
            return Machine.UNKNOWN;
        }
        return new Machine(orUnknown(text(m, "os")), orUnknown(text(m, "arch")), m.path("cores").asInt(0),
                orUnknown(text(m, "java")));
    }

    private static Map<String, Object> map(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        Map<String, Object> values = JsonFiles.MAPPER.convertValue(node, MAP);
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.parseDouble(value.asText().replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
