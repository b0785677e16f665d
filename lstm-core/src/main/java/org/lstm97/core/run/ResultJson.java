package org.lstm97.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper for result lines and resolved experiments: stable key order, no pretty printing. */
public final class ResultJson {
    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultJson() {
    }

    /** One result as one JSON line (no newline). */
    public static String line(TrialResult result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field that marks a line whose trial was rerun under a changed configuration. */
    public static final String SUPERSEDED = "superseded";

    /** True when the line carries {@code "superseded": true}. */
    public static boolean isSuperseded(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node != null && node.path(SUPERSEDED).asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The same line with {@code "superseded": true} added. */
    public static String markSuperseded(String line) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(line);
            node.put(SUPERSEDED, true);
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Parses one line.
     *
     * @throws IllegalArgumentException when the line is not a result line of the current format
     */
    public static TrialResult parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode format = node.get("format");
        if (format == null || !format.isInt()) {
            throw new IllegalArgumentException("no result-line format number");
        }
        if (format.intValue() != TrialResult.FORMAT) {
            throw new IllegalArgumentException("result-line format " + format.intValue()
                    + " is not supported by this version of lstm97 (it reads format " + TrialResult.FORMAT + ")");
        }
        try {
            TrialResult result = MAPPER.treeToValue(node, TrialResult.class);
            if (result.key() == null || result.configHash() == null || result.status() == null) {
                throw new IllegalArgumentException("missing key, configHash or status");
            }
            return result;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("not a result line (" + e.getMessage() + ")");
        }
    }
}
