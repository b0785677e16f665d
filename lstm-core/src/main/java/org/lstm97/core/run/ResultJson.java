package org.lstm97.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper for result lines and resolved experiments: stable key order, no pretty printing. */
public final class ResultJson {
    /** Shared, thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultJson() {}

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
            ObjectNode node = (ObjectNode) MAPPER.readTree(line);
            node.put(SUPERSEDED, true);
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Parses and checks one line with {@link TrialLines}' rules (every field's type and range).
     *
     * @throws IllegalArgumentException when the line is not a valid result line of the current format
     */
    public static TrialResult parse(String line) {
        try {
            return TrialLines.parseLine(line, "result line");
        } catch (ResultsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
