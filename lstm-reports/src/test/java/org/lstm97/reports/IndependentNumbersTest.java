package org.lstm97.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The numbers of the golden report checked against a computation of their own, not only against a snapshot:
 * this test reads the synthetic {@code trials.jsonl} files with plain Jackson, computes each row's success
 * rate, its Wilson interval (the closed form, written out here), the mean sequences to success over successful
 * trials, the mean # wrong and the weights, and compares them with the golden {@code results.csv} and the
 * cells of the golden {@code report.md}. It shares no code with the reports module.
 */
class IndependentNumbersTest {
    private static final double Z = 1.959963984540054;
    private static final Map<String, List<JsonNode>> TRIALS = new LinkedHashMap<>();
    private static final List<String[]> CSV = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Synthetic.RESULTS)) {
            for (Path file : files.filter(p -> p.getFileName().toString().equals("trials.jsonl"))
                    .sorted()
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String complete = text.substring(0, text.lastIndexOf('\n') + 1); // the torn tail does not count
                for (String line : complete.split("\n")) {
                    JsonNode n = json.readTree(line);
                    TRIALS.computeIfAbsent(
                                    n.get("experiment").asText() + "/"
                                            + n.get("row").asText(),
                                    k -> new ArrayList<>())
                            .add(n);
                }
            }
        }
        for (String line : Files.readAllLines(Synthetic.GOLDEN.resolve("results.csv"), StandardCharsets.UTF_8)) {
            CSV.add(line.split(",", -1));
        }
    }

    private static String[] csv(String experiment, String row, String column) {
        return CSV.stream()
                .filter(f -> f[1].equals(experiment) && f[2].equals(row) && f[3].equals(column))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CSV cell " + experiment + "/" + row + "/" + column));
    }

    private static boolean isSuccessColumn(String header) {
        return header.startsWith("%");
    }

    private static boolean isMeanColumn(String header) {
        return header.equalsIgnoreCase("success after") || header.equals("stop: ST2");
    }

    @Test
    void everySuccessRateAndWilsonIntervalMatches() {
        int checked = 0;
        for (String[] f : CSV.subList(1, CSV.size())) {
            List<JsonNode> trials = TRIALS.get(f[1] + "/" + f[2]);
            if (!isSuccessColumn(f[3]) || trials == null) {
                continue;
            }
            int n = trials.size();
            long solved = trials.stream()
                    .filter(t -> t.get("status").asText().equals("solved"))
                    .count();
            double p = (double) solved / n;
            assertThat(Double.parseDouble(f[5])).as(f[2]).isCloseTo(100.0 * p, within(0.001));
            if (n > 1) {
                double centre = (p + Z * Z / (2.0 * n)) / (1.0 + Z * Z / n);
                double half = Z / (1.0 + Z * Z / n) * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n));
                double low = solved == 0 ? 0.0 : centre - half;
                double high = solved == n ? 1.0 : centre + half;
                assertThat(Double.parseDouble(f[6])).as(f[2] + " low").isCloseTo(100.0 * low, within(0.001));
                assertThat(Double.parseDouble(f[7])).as(f[2] + " high").isCloseTo(100.0 * high, within(0.001));
            } else {
                assertThat(f[6]).as("one trial: no interval").isEmpty();
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyMeanToSuccessMatchesAndItsIntervalHoldsIt() {
        int checked = 0;
        for (String[] f : CSV.subList(1, CSV.size())) {
            List<JsonNode> trials = TRIALS.get(f[1] + "/" + f[2]);
            if (!isMeanColumn(f[3]) || trials == null) {
                continue;
            }
            double[] toSuccess = trials.stream()
                    .filter(t -> t.get("status").asText().equals("solved"))
                    .mapToDouble(t -> t.get("sequencesToSuccess").asDouble())
                    .sorted()
                    .toArray();
            if (toSuccess.length == 0) {
                assertThat(f[5]).isEqualTo("none solved");
                continue;
            }
            double mean = 0;
            for (double v : toSuccess) {
                mean += v / toSuccess.length;
            }
            assertThat(Double.parseDouble(f[5])).as(f[2]).isCloseTo(mean, within(1e-6 * mean));
            if (toSuccess.length > 1) {
                double low = Double.parseDouble(f[6]);
                double high = Double.parseDouble(f[7]);
                assertThat(low).isBetween(toSuccess[0], mean);
                assertThat(high).isBetween(mean, toSuccess[toSuccess.length - 1]);
            } else {
                assertThat(f[6]).as("one trial: no interval").isEmpty();
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theMarkdownCellsPrintTheSameNumbers() throws IOException {
        String md = Files.readString(Synthetic.GOLDEN.resolve("report.md"), StandardCharsets.UTF_8);
        // Table 7, row T=100: 10 solved trials at 81,000 + 2,000 i; # wrong alternates 0, 1 over solved trials
        List<JsonNode> t100 = TRIALS.get("table7-adding/lstm T=100");
        double mean = t100.stream()
                .mapToDouble(t -> t.get("sequencesToSuccess").asDouble())
                .average()
                .orElseThrow();
        double wrong = t100.stream()
                .mapToDouble(t -> t.get("metrics").get("wrong").asDouble())
                .average()
                .orElseThrow();
        String row =
                md.lines().filter(l -> l.startsWith("| T=100 |")).findFirst().orElseThrow();
        String[] cells = row.split(" \\| ");
        assertThat(cells[6]).isEqualTo(String.format(Locale.ROOT, "%.1f", wrong));
        assertThat(cells[8]).startsWith(String.format(Locale.ROOT, "%,d [", Math.round(mean)));
        assertThat(cells[10]).startsWith("100% [");
        // the row resting on one successful trial says so instead of printing an interval
        List<JsonNode> t500 = TRIALS.get("table7-adding/linear T=500");
        long one = t500.stream()
                .filter(t -> t.has("sequencesToSuccess"))
                .findFirst()
                .orElseThrow()
                .get("sequencesToSuccess")
                .asLong();
        String linear = md.lines()
                .filter(l -> l.startsWith("| T=500 (linear output) |"))
                .findFirst()
                .orElseThrow();
        assertThat(linear).contains(String.format(Locale.ROOT, "| %,d (1 trial) |", one));
        assertThat(linear).contains(String.format(Locale.ROOT, "| %d%% [", Math.round(100.0 / 3)));
    }

    @Test
    void theWeightsAreTheResultLinesWeights() {
        for (String[] f : CSV.subList(1, CSV.size())) {
            List<JsonNode> trials = TRIALS.get(f[1] + "/" + f[2]);
            if (f[3].equals("# weights") && trials != null) {
                assertThat(Double.parseDouble(f[5]))
                        .isEqualTo(trials.get(0).get("weights").asDouble());
            }
        }
    }
}
