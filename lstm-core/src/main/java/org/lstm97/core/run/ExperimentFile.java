package org.lstm97.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.SettingChange;

/**
 * {@code <folder>/experiment.json}: the resolved experiment beside its trials, written by the runner and read
 * by the reports (and by the runner, to refuse a changed row) through this one record. Fields are written in
 * the order declared; fields a reader does not know are ignored (a newer writer may add some); a file of
 * another {@link #FORMAT} is refused.
 *
 * @param format     the file's format version ({@link #FORMAT})
 * @param experiment the experiment name (its folder name)
 * @param table      the paper table it reproduces, or null for an experiment of one's own
 * @param title      a human title
 * @param profile    the profile that ran it ("paper", "quick", ...)
 * @param seed       the base seed
 * @param source     the experiment file it was resolved from
 * @param commit     the git commit of the code, or null
 * @param machine    the machine it was resolved on
 * @param createdAt  when it was resolved (ISO-8601, seconds)
 * @param overrides  the {@code --set} overrides the run was given, as given (absent when none)
 * @param rows       the rows in the file's order
 */
@JsonPropertyOrder({
    "format",
    "experiment",
    "table",
    "title",
    "profile",
    "seed",
    "source",
    "commit",
    "machine",
    "createdAt",
    "overrides",
    "rows"
})
public record ExperimentFile(
        Integer format,
        String experiment,
        String table,
        String title,
        String profile,
        long seed,
        String source,
        String commit,
        Machine machine,
        String createdAt,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> overrides,
        List<Row> rows) {

    /** The file's name in a results folder. */
    public static final String NAME = "experiment.json";

    /** The experiment.json format this build writes and reads. */
    public static final int FORMAT = 1;

    private static final ObjectWriter WRITER = ResultJson.MAPPER
            .copy()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .writerWithDefaultPrettyPrinter();

    public ExperimentFile {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /**
     * The machine an experiment was resolved on.
     *
     * @param os    operating system name and version
     * @param arch  the CPU architecture
     * @param cores the processors the JVM saw
     * @param java  the Java version
     */
    @JsonPropertyOrder({"os", "arch", "cores", "java"})
    public record Machine(String os, String arch, int cores, String java) {
        /** A machine the file does not name. */
        public static final Machine UNKNOWN = new Machine("unknown", "unknown", 0, "unknown");

        public Machine {
            os = os == null ? "unknown" : os;
            arch = arch == null ? "unknown" : arch;
            java = java == null ? "unknown" : java;
        }

        /** One line, e.g. {@code Linux 6.1 amd64, 2 cores, Java 17.0.15}. */
        public String describe() {
            return os + " " + arch + ", " + cores + " cores, Java " + java;
        }

        /** This JVM's machine. */
        public static Machine current() {
            return new Machine(
                    System.getProperty("os.name") + " " + System.getProperty("os.version"),
                    System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors(),
                    RunFacts.java());
        }
    }

    /**
     * One resolved row.
     *
     * @param row              the row name, as in the result lines
     * @param variant          the variant it came from
     * @param trials           trials planned
     * @param budget           maximum training sequences per trial
     * @param configHash       SHA-256 of the resolved configuration that determines a trial's result
     * @param seedsOf          the row whose trial seeds this row uses, or null (absent) for its own
     * @param task             the task's type and resolved parameters, in declaration order
     * @param learner          the learner's type and resolved parameters
     * @param stop             the stop rule's type and resolved parameters
     * @param evaluation       the final test
     * @param paper            the paper's reference values (the keys of experiments/README.md), as written
     * @param references       measurements of the same row made elsewhere, as written (absent when none)
     * @param changedFromPaper the task and learner settings that differ from the file as written, by setting
     *                         (absent when none)
     */
    @JsonPropertyOrder({
        "row",
        "variant",
        "trials",
        "budget",
        "configHash",
        "seedsOf",
        "task",
        "learner",
        "stop",
        "evaluation",
        "paper",
        "references",
        "changedFromPaper"
    })
    public record Row(
            String row,
            String variant,
            int trials,
            long budget,
            String configHash,
            @JsonInclude(JsonInclude.Include.NON_NULL) String seedsOf,
            Map<String, Object> task,
            Map<String, Object> learner,
            Map<String, Object> stop,
            FinalTest evaluation,
            Map<String, Object> paper,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Map<String, Object>> references,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Change> changedFromPaper) {

        public Row {
            task = ordered(task);
            learner = ordered(learner);
            stop = ordered(stop);
            evaluation = evaluation == null ? new FinalTest(List.of(), 0) : evaluation;
            paper = ordered(paper);
            List<Map<String, Object>> copied = new ArrayList<>();
            for (Map<String, Object> reference : references == null ? List.<Map<String, Object>>of() : references) {
                copied.add(ordered(reference));
            }
            references = Collections.unmodifiableList(copied);
            changedFromPaper = changedFromPaper == null
                    ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(changedFromPaper));
        }

        /** {@code row} as resolved, with the settings {@code changes} lists as changed from the file as written. */
        public static Row of(RowSpec row, List<SettingChange> changes) {
            Map<String, Change> changed = new LinkedHashMap<>();
            for (SettingChange c : changes) {
                changed.put(c.setting(), new Change(c.paper(), c.run()));
            }
            return new Row(
                    row.row(),
                    row.variant(),
                    row.trials(),
                    row.budget(),
                    row.configHash(),
                    row.seedRow(),
                    row.task().asMap(),
                    row.learner().asMap(),
                    row.stop().asMap(),
                    new FinalTest(row.evaluation().metrics(), row.evaluation().testSize()),
                    row.paper(),
                    row.references(),
                    changed);
        }

        private static Map<String, Object> ordered(Map<String, Object> map) {
            return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
    }

    /**
     * The final test: {@code testSize} sequences measured by {@code metrics} (0: no final test).
     *
     * @param metrics  the metric names, in order
     * @param testSize the number of test sequences
     */
    @JsonPropertyOrder({"metrics", "testSize"})
    public record FinalTest(List<String> metrics, int testSize) {
        public FinalTest {
            metrics = metrics == null ? List.of() : List.copyOf(metrics);
        }
    }

    /**
     * A setting's value in the file as written and as run.
     *
     * @param paper its value in the file as written, or null when absent there
     * @param run   its value as run, or null when absent
     */
    @JsonPropertyOrder({"paper", "run"})
    public record Change(Object paper, Object run) {}

    /** {@code e} as resolved now, on this machine, at this commit. */
    public static ExperimentFile of(ExperimentSpec e) {
        List<Row> rows = new ArrayList<>();
        for (RowSpec r : e.rows()) {
            rows.add(Row.of(r, e.changesOf(r.row())));
        }
        return new ExperimentFile(
                FORMAT,
                e.name(),
                e.table(),
                e.title(),
                e.profile(),
                e.seed(),
                e.source(),
                RunFacts.commit(),
                Machine.current(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                e.overrides(),
                rows);
    }

    /** The file's text: pretty-printed JSON and a final newline. */
    public String json() {
        try {
            return WRITER.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Writes {@link #json()} to {@code file} atomically. */
    public void write(Path file) {
        AtomicFiles.write(file, json());
    }

    /** The row named {@code name}, or null. */
    public Row row(String name) {
        return rows.stream().filter(r -> r.row().equals(name)).findFirst().orElse(null);
    }

    /**
     * Reads and checks {@code file}.
     *
     * @throws ResultsException naming the file (and line, for bad JSON) when it cannot be read, is not JSON, is
     *                          of another format or lacks its rows
     */
    public static ExperimentFile read(Path file) {
        JsonNode root;
        try {
            root = ResultJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ResultsException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ResultsException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ResultsException(file + ": not a JSON object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.canConvertToInt()) {
            throw new ResultsException(file + ": format version missing (this build reads format " + FORMAT + ")");
        }
        if (format.asInt() != FORMAT) {
            throw new ResultsException(
                    file + ": unknown format version " + format.asText() + " (this build reads format " + FORMAT + ")");
        }
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new ResultsException(file + ": 'rows' missing or not a list");
        }
        for (JsonNode row : rows) {
            JsonNode name = row.get("row");
            if (name == null || name.isNull()) {
                throw new ResultsException(file + ": a row without 'row' name");
            }
        }
        try {
            return ResultJson.MAPPER.treeToValue(root, ExperimentFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String at = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ResultsException(file + ": not a resolved experiment: " + at, e);
        }
    }
}
