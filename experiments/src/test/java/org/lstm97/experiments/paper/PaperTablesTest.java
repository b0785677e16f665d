package org.lstm97.experiments.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.YamlReader;

/**
 * The paper's numbers in the experiment files are the paper's: every {@code paper:} value of every
 * {@code experiments/paper/*.yaml} row equals the printed cell it names in the certified reference data
 * {@code paper/paper-tables.csv} (one line per printed cell of the paper's tables, with a citation header, in
 * the manner of Hipparchus' certified-data tests). A row names its cell with {@code row} (and {@code table} when
 * it is not the experiment's table); each paper key is compared with the column that prints it.
 */
class PaperTablesTest {
    static final String CSV = "paper/paper-tables.csv";
    /** The result tables: every printed row of these has an experiment row. */
    static final List<String> RESULT_TABLES = List.of("1", "2", "2b", "3", "4", "5", "6", "7", "8", "9");
    /** For each numeric paper key, the column headers that print it (one of them per table). */
    static final Map<String, List<String>> NUMBER_COLUMNS = Map.of(
            "weights", List.of("# weights"),
            "successPercent", List.of("% of success", "% Successful trials", "% successful"),
            "successAfter", List.of("success after", "Success after", "stop: ST2", "stop"),
            "st1", List.of("stop: ST1"),
            "st2", List.of("stop: ST2"),
            "wrong", List.of("# wrong predictions"),
            "mse", List.of("MSE"),
            "misclassified", List.of("ST2: fraction misclassified", "fraction misclassified"),
            "cleanDiff", List.of("av. difference to mean"));
    /** Columns where the paper prints words or bounds instead of a number ({@code successAfterText}). */
    static final List<String> TEXT_COLUMNS = List.of("success after", "Success after", "% of success");
    /** A printed number: an optional "≈ ", digits with thousands separators, and anything after a blank. */
    private static final Pattern NUMBER = Pattern.compile("(?:≈ )?(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?: .*)?");

    private static List<String> header;
    /** (table, row) -> column -> value, in file order. */
    private static Map<String, Map<String, String>> cells;

    @BeforeAll
    static void read() throws IOException {
        header = new ArrayList<>();
        cells = new LinkedHashMap<>();
        String text;
        try (InputStream in = PaperTablesTest.class.getClassLoader().getResourceAsStream(CSV)) {
            assertThat(in).as(CSV + " on the class path").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean columns = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                header.add(line);
                continue;
            }
            List<String> fields = fields(line);
            if (!columns) {
                assertThat(fields).containsExactly("table", "row", "column", "value");
                columns = true;
                continue;
            }
            assertThat(fields).as(line).hasSize(4);
            String previous = cells.computeIfAbsent(key(fields.get(0), fields.get(1)), k -> new LinkedHashMap<>())
                    .put(fields.get(2), fields.get(3));
            assertThat(previous).as("a second line for " + line).isNull();
        }
    }

    @Test
    void theFileCitesThePaper() {
        assertThat(String.join("\n", header))
                .contains(
                        "Hochreiter",
                        "Schmidhuber",
                        "Long Short-Term Memory",
                        "Neural Computation 9(8):1735-1780, 1997",
                        "doi:10.1162/neco.1997.9.8.1735");
    }

    @Test
    void theFileHoldsEveryTableOfThePaper() {
        Set<String> tables = new LinkedHashSet<>();
        cells.keySet().forEach(k -> tables.add(k.substring(0, k.indexOf('/'))));
        assertThat(tables).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "2b", "10", "11");
        // rows x printed columns (Table 1: two blank learning rates)
        assertThat(count("1")).isEqualTo(9 * 6 - 2);
        assertThat(count("2")).isEqualTo(8 * 6);
        assertThat(count("3")).isEqualTo(9 * 5);
        assertThat(count("7")).isEqualTo(3 * 5);
        assertThat(count("10")).isEqualTo(25 * 14);
        assertThat(count("11")).isEqualTo(11 * 5);
    }

    @Test
    void everyPaperValueOfTheExperimentFilesEqualsThePrintedCell() {
        assertThat(mismatches(experimentFiles())).isEmpty();
    }

    @Test
    void everyPrintedResultRowHasAnExperimentRow() {
        Set<String> named = new LinkedHashSet<>();
        for (ExperimentSpec spec : experimentFiles()) {
            for (RowSpec row : spec.rows()) {
                if (row.paper().get("row") != null) {
                    named.add(cellKey(spec, row));
                }
            }
        }
        for (String key : cells.keySet()) {
            if (RESULT_TABLES.contains(key.substring(0, key.indexOf('/')))) {
                assertThat(named).as("an experiment row for printed row " + key).contains(key);
            }
        }
    }

    @Test
    void aValueThatDiffersFromThePaperIsCaught() {
        // the check can fail: a typo in a paper value, a wrong row, a text where the paper prints another
        List<ExperimentSpec> specs = experimentFiles();
        ExperimentSpec typo =
                load("table1-embedded-reber", text -> text.replace("successAfter: 39740", "successAfter: 39470"));
        ExperimentSpec wrongRow = load(
                "table9-temporal-order",
                text -> text.replace("{row: 2, label: \"Task 6b\"", "{row: 1, label: \"Task 6b\""));
        ExperimentSpec wrongText = load(
                "table2-noise-free-lag",
                text -> text.replace(
                        "weights: 144, successPercent: 0, successAfterText: \">5,000,000\"",
                        "weights: 144, successPercent: 0, successAfterText: \">500,000\""));

        assertThat(mismatches(List.of(typo)))
                .containsExactly(
                        "table1-embedded-reber lstm-4x1-lr0.1: successAfter 39470, the paper prints 39,740 (table 1, row 5, "
                                + "column 'success after')");
        assertThat(mismatches(List.of(wrongRow)))
                .contains(
                        "table9-temporal-order lstm-6b: weights 308, the paper prints 156 (table 9, row 1, column '# weights')");
        assertThat(mismatches(List.of(wrongText)))
                .containsExactly(
                        "table2-noise-free-lag rtrl-p10: successAfterText '>500,000' is not printed in table 2, row 4");
        assertThat(specs).hasSize(PaperFilesTest.FILES.size());
    }

    @Test
    void paperMdPrintsTheseCells() throws IOException {
        // docs/PAPER.md's tables are marked "<!-- paper-tables.csv: table N -->"; each must be that table's cells
        List<String> lines =
                java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/PAPER.md"), StandardCharsets.UTF_8);
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker =
                    Pattern.compile("<!-- paper-tables.csv: table (\\S+) -->").matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String table = marker.group(1);
            shown.add(table);
            boolean byTask = table.equals("10") || table.equals("11");
            List<String> headers = cells(lines.get(i + 1));
            int row = 0;
            for (int j = i + 3; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                List<String> values = cells(lines.get(j));
                row++;
                String rowId = byTask ? values.get(0) : String.valueOf(row);
                Map<String, String> printed = cells.get(key(table, rowId));
                assertThat(printed)
                        .as("PAPER.md table " + table + " row " + rowId)
                        .isNotNull();
                Map<String, String> inDoc = new LinkedHashMap<>();
                for (int c = byTask ? 1 : 0; c < headers.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        inDoc.put(headers.get(c), values.get(c));
                    }
                }
                assertThat(inDoc)
                        .as("PAPER.md table " + table + " row " + rowId)
                        .isEqualTo(printed);
            }
            assertThat(row)
                    .as("rows of PAPER.md table " + table)
                    .isEqualTo(cells.keySet().stream()
                            .filter(k -> k.startsWith(table + "/"))
                            .count());
        }
        assertThat(shown).containsExactlyInAnyOrder("1", "2", "2b", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    /** The cells of one Markdown table line ("| a | b |"), unescaped. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        List<String> out = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            out.add(cell.strip().replace("\\|", "|"));
        }
        return out;
    }

    /** What differs between the experiment files' paper values and the printed cells, one line each. */
    static List<String> mismatches(List<ExperimentSpec> specs) {
        List<String> out = new ArrayList<>();
        for (ExperimentSpec spec : specs) {
            for (RowSpec row : spec.rows()) {
                String where = spec.name() + " " + row.row();
                Map<String, Object> paper = row.paper();
                if (paper.get("row") == null) {
                    for (String number : NUMBER_COLUMNS.keySet()) {
                        if (paper.containsKey(number)) {
                            out.add(where + ": '" + number + "' without the 'row' of the paper that prints it");
                        }
                    }
                    continue;
                }
                String key = cellKey(spec, row);
                Map<String, String> printed = cells.get(key);
                String cell = "table " + key.replace("/", ", row ");
                if (printed == null) {
                    out.add(where + ": no printed " + cell);
                    continue;
                }
                for (Map.Entry<String, List<String>> e : NUMBER_COLUMNS.entrySet()) {
                    Object value = paper.get(e.getKey());
                    if (value == null) {
                        continue;
                    }
                    List<String> columns =
                            e.getValue().stream().filter(printed::containsKey).toList();
                    if (columns.size() != 1) {
                        out.add(where + ": " + e.getKey() + " " + value + ", but " + cell + " prints no single column "
                                + "for it (" + columns + ")");
                        continue;
                    }
                    String text = printed.get(columns.get(0));
                    Matcher m = NUMBER.matcher(text);
                    double ours = ((Number) value).doubleValue();
                    if (!m.matches() || Double.parseDouble(m.group(1).replace(",", "")) != ours) {
                        out.add(where + ": " + e.getKey() + " " + value + ", the paper prints " + text + " (" + cell
                                + ", column '" + columns.get(0) + "')");
                    }
                }
                Object words = paper.get("successAfterText");
                if (words != null && TEXT_COLUMNS.stream().noneMatch(c -> words.equals(printed.get(c)))) {
                    out.add(where + ": successAfterText '" + words + "' is not printed in " + cell);
                }
            }
        }
        return out;
    }

    private static String cellKey(ExperimentSpec spec, RowSpec row) {
        Object table = row.paper().getOrDefault("table", spec.table());
        return key(String.valueOf(table), String.valueOf(row.paper().get("row")));
    }

    private static String key(String table, String row) {
        return table + "/" + row;
    }

    private static long count(String table) {
        return cells.entrySet().stream()
                .filter(e -> e.getKey().startsWith(table + "/"))
                .mapToLong(e -> e.getValue().size())
                .sum();
    }

    private static List<ExperimentSpec> experimentFiles() {
        return PaperFilesTest.FILES.stream()
                .map(f -> PaperFiles.load(f, ExperimentLoader.PAPER))
                .toList();
    }

    private static ExperimentSpec load(String name, java.util.function.UnaryOperator<String> edit) {
        String resource = "paper/" + name + ".yaml";
        try (InputStream in = PaperTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
            String original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String edited = edit.apply(original);
            assertThat(edited).as("the edit applies").isNotEqualTo(original);
            return new ExperimentLoader(PaperFiles.REGISTRY)
                    .parse(YamlReader.parse(edited, resource), resource, ExperimentLoader.PAPER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields of one RFC 4180 line (quoted fields may hold commas and doubled quotes; no line breaks). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
