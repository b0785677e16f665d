package org.lstm97.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one reader of {@code trials.jsonl}, used by the trial log when a run resumes and by the reports:
 * every field of every line is checked for its type and range (a bad line is one {@link ResultsException}
 * {@code file:line: field 'presented' must be an integer >= 0, got -7}), then bound by Jackson to
 * {@link TrialResult}, the record the writer serialises.
 *
 * <p>The rules, the same for every reader:
 * <ul>
 *   <li><b>Torn line.</b> The writer ends every line with a newline in the same write, so bytes after the
 *       last newline are a line torn by a crash: they are returned apart ({@link Contents#torn()}), never
 *       parsed; the caller sets them aside (the store) or skips them with a warning (the reports).</li>
 *   <li>Any complete line that is not a valid result line is an error; blank lines are skipped.</li>
 *   <li>A line marked {@code "superseded": true} is kept for the record but does not count; of two counting
 *       lines with the same key, the last one counts ({@link Contents#latest()}).</li>
 *   <li>Fields the reader does not know are ignored (a newer writer may add some).</li>
 * </ul>
 */
public final class TrialLines {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Set<String> STATUSES =
            Set.of(TrialResult.SOLVED, TrialResult.UNSOLVED, TrialResult.DIVERGED, TrialResult.FAILED);

    private TrialLines() {}

    /**
     * One complete line of the file.
     *
     * @param number     its 1-based line number
     * @param text       the line without its newline
     * @param result     the parsed result, or null for a blank line
     * @param superseded whether the line carries {@code "superseded": true}
     */
    public record Line(int number, String text, TrialResult result, boolean superseded) {
        /** Whether the line counts: a result that is not superseded. */
        public boolean counts() {
            return result != null && !superseded;
        }
    }

    /**
     * The bytes after the last newline: a line torn by a crash.
     *
     * @param number its 1-based line number
     * @param offset where it starts in the file
     * @param bytes  its bytes
     */
    public record Torn(int number, long offset, byte[] bytes) {
        public Torn {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * What a results file holds.
     *
     * @param lines every complete line, blank ones included, in file order
     * @param torn  the torn last line, or null
     */
    public record Contents(List<Line> lines, Torn torn) {
        public static final Contents EMPTY = new Contents(List.of(), null);

        public Contents {
            lines = List.copyOf(lines);
        }

        /** The counting result of each key (the last counting line wins), in the order keys first appear. */
        public Map<String, TrialResult> latest() {
            Map<String, TrialResult> latest = new LinkedHashMap<>();
            for (Line line : lines) {
                if (line.counts()) {
                    latest.put(line.result().key(), line.result());
                }
            }
            return Collections.unmodifiableMap(latest);
        }
    }

    /** Reads {@code file} (a missing file holds nothing); {@code file} is named in messages as given. */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Contents.EMPTY;
        } catch (IOException e) {
            throw new ResultsException(file + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(bytes, file.toString());
    }

    /** Splits and checks {@code bytes}, the contents of the file named {@code name} in messages. */
    public static Contents parse(byte[] bytes, String name) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            if (end == bytes.length) {
                return new Contents(lines, new Torn(number, start, Arrays.copyOfRange(bytes, start, end)));
            }
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                lines.add(new Line(number, text, null, false));
            } else {
                JsonNode node = tree(text, name + ":" + number);
                lines.add(new Line(
                        number,
                        text,
                        result(node, name + ":" + number),
                        node.path(ResultJson.SUPERSEDED).asBoolean(false)));
            }
            start = end + 1;
        }
        return new Contents(lines, null);
    }

    /**
     * Parses and checks one line; {@code where} ({@code file:line}) prefixes every message.
     *
     * @throws ResultsException naming {@code where} and the field
     */
    public static TrialResult parseLine(String line, String where) {
        return result(tree(line, where), where);
    }

    private static JsonNode tree(String text, String where) {
        JsonNode node;
        try {
            node = ResultJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ResultsException(where + ": not JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new ResultsException(where + ": not a JSON object");
        }
        return node;
    }

    /**
     * Checks every field of {@code node}, then lets Jackson bind it to {@link TrialResult}, the record the
     * writer serialises: one schema both ways, with messages that name the field.
     */
    private static TrialResult result(JsonNode node, String where) {
        check(node, where);
        try {
            return ResultJson.MAPPER.treeToValue(node, TrialResult.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(where + ": a checked line does not bind: " + e.getMessage(), e);
        }
    }

    private static void check(JsonNode node, String where) {
        Fields f = new Fields(node, where);
        JsonNode format = node.get("format");
        if (format == null || !format.isIntegralNumber()) {
            throw new ResultsException(where + ": field 'format' missing or not an integer: not a result line");
        }
        if (!format.canConvertToInt() || format.intValue() != TrialResult.FORMAT) {
            throw new ResultsException(where + ": result-line format " + format.asText()
                    + " is not supported by this version of lstm97 (it reads format " + TrialResult.FORMAT + ")");
        }
        String experiment = f.name("experiment");
        f.optionalText("table");
        String row = f.text("row");
        int trial = (int) f.integer("trial", 0, Integer.MAX_VALUE);
        String key = f.text("key");
        String expectedKey = experiment + "/" + row + "/" + trial;
        if (!key.equals(expectedKey)) {
            throw f.bad("key", "must be experiment/row/trial ('" + expectedKey + "')", "'" + key + "'");
        }
        f.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        f.text("configHash");
        f.text("profile");
        String status = f.text("status");
        if (!STATUSES.contains(status)) {
            throw f.bad("status", "must be one of " + String.join(", ", new TreeSet<>(STATUSES)), "'" + status + "'");
        }
        f.integer("budget", 1, Long.MAX_VALUE);
        long presented = f.integer("presented", 0, Long.MAX_VALUE);
        Long toSuccess = f.optionalInteger("sequencesToSuccess", 0, presented);
        if (TrialResult.SOLVED.equals(status) && toSuccess == null) {
            throw new ResultsException(where + ": field 'sequencesToSuccess' missing: a solved trial needs it");
        }
        if (!TrialResult.SOLVED.equals(status) && toSuccess != null) {
            throw new ResultsException(where + ": field 'sequencesToSuccess' given for a trial that is " + status
                    + ": only solved trials have it");
        }
        f.integer("steps", 0, Long.MAX_VALUE);
        f.optionalInteger("weights", 0, Integer.MAX_VALUE);
        f.counts("milestones");
        f.measures("metrics");
        f.optionalText("message");
        f.integer("wallMillis", 0, Long.MAX_VALUE);
        f.optionalText("commit");
        f.optionalText("java");
        JsonNode superseded = node.get(ResultJson.SUPERSEDED);
        if (superseded != null && !superseded.isBoolean()) {
            throw f.bad(ResultJson.SUPERSEDED, "must be true or false", superseded.toString());
        }
    }

    /** Checked access to the fields of one line. */
    private record Fields(JsonNode node, String where) {

        ResultsException bad(String field, String rule, String got) {
            return new ResultsException(where + ": field '" + field + "' " + rule + ", got " + got);
        }

        private JsonNode required(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw new ResultsException(where + ": field '" + field + "' missing");
            }
            return value;
        }

        String text(String field) {
            JsonNode value = required(field);
            if (!value.isTextual() || value.asText().isEmpty()) {
                throw bad(field, "must be a non-empty string", value.toString());
            }
            return value.asText();
        }

        String name(String field) {
            String value = text(field);
            if (!NAME.matcher(value).matches()) {
                throw bad(field, "must be a simple name (letters, digits, '.', '_', '-')", "'" + value + "'");
            }
            return value;
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw bad(field, "must be a string", value.toString());
            }
            return value.asText();
        }

        long integer(String field, long min, long max) {
            return checkedInteger(field, required(field), min, max);
        }

        Long optionalInteger(String field, long min, long max) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : checkedInteger(field, value, min, max);
        }

        private long checkedInteger(String field, JsonNode value, long min, long max) {
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw bad(field, "must be an integer", value.toString());
            }
            long v = value.longValue();
            if (v < min || v > max) {
                throw bad(field, range(min, max), value.toString());
            }
            return v;
        }

        private static String range(long min, long max) {
            if (max == Long.MAX_VALUE) {
                return "must be an integer >= " + min;
            }
            return "must be an integer in [" + min + ", " + max + "]";
        }

        Map<String, Long> counts(String field) {
            Map<String, Long> out = new TreeMap<>();
            JsonNode map = optionalObject(field);
            for (Iterator<Map.Entry<String, JsonNode>> it = map == null ? Collections.emptyIterator() : map.fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), checkedInteger(field + "." + e.getKey(), e.getValue(), 0, Long.MAX_VALUE));
            }
            return out;
        }

        /** Numbers; a measure that was not finite is written by Jackson as "NaN" or "Infinity" and read back. */
        Map<String, Double> measures(String field) {
            Map<String, Double> out = new TreeMap<>();
            JsonNode map = optionalObject(field);
            for (Iterator<Map.Entry<String, JsonNode>> it = map == null ? Collections.emptyIterator() : map.fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                double value;
                if (v.isNumber()) {
                    value = v.doubleValue();
                } else if (v.isTextual()
                        && Set.of("NaN", "Infinity", "-Infinity").contains(v.asText())) {
                    value = Double.parseDouble(v.asText());
                } else {
                    throw bad(field + "." + e.getKey(), "must be a number", v.toString());
                }
                out.put(e.getKey(), value);
            }
            return out;
        }

        private JsonNode optionalObject(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                throw bad(field, "must be an object of names to numbers", value.toString());
            }
            return value;
        }
    }
}
