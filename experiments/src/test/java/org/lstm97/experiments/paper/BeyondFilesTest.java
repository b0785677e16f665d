package org.lstm97.experiments.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialSpec;

/**
 * experiments/beyond: one file per paper table; each validates in every profile; its lstm1997 rows are the paper
 * file's rows (same task, learner and stop rule, same paper values); every later row borrows the seeds of an
 * lstm1997 row of its file and carries its paper values; a row that uses Adam says so in its name and label.
 */
class BeyondFilesTest {
    static final List<String> FILES = PaperFilesTest.FILES;
    static final Set<String> LATER = Set.of("lstm-forget", "lstm-peephole", "lstm-vanilla", "gru");

    static ExperimentSpec load(String name, String profile) {
        String resource = "beyond/" + name + ".yaml";
        try (InputStream in = BeyondFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ExperimentLoader(PaperFiles.REGISTRY).parse(YamlReader.parse(text, resource), resource, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"paper", "quick", "cost"})
    void everyTableHasAFileThatValidatesInEveryProfile(String profile) {
        for (String file : FILES) {
            ExperimentSpec spec = load(file, profile);
            assertThat(spec.name()).isEqualTo("beyond-" + file);
            assertThat(spec.table()).isEqualTo(PaperFiles.load(file, "paper").table());
            Set<String> types = new TreeSet<>();
            spec.rows().forEach(r -> types.add(r.learner().type()));
            assertThat(types).as(file + " " + profile).containsAll(LATER).contains("lstm1997");
        }
    }

    @Test
    void the1997RowsAreThePaperFilesRows() {
        for (String file : FILES) {
            List<RowSpec> paperRows = PaperFiles.load(file, "paper").rows();
            for (RowSpec row : load(file, "paper").rows()) {
                if (!row.learner().type().equals("lstm1997")) {
                    continue;
                }
                RowSpec twin = paperRows.stream()
                        .filter(p -> p.learner().equals(row.learner())
                                && p.task().equals(row.task())
                                && p.stop().equals(row.stop()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(file + ": no paper row like " + row.row()));
                assertThat(row.budget()).as(row.row()).isEqualTo(twin.budget());
                assertThat(row.trials()).as(row.row()).isEqualTo(twin.trials());
                assertThat(row.evaluation()).as(row.row()).isEqualTo(twin.evaluation());
                Map<String, Object> values = new java.util.HashMap<>(row.paper());
                Map<String, Object> expected = new java.util.HashMap<>(twin.paper());
                assertThat(values.remove("label")).asString().startsWith(String.valueOf(expected.remove("label")));
                // where the paper prints the row (paper-tables.csv) is the paper file's business, not the values
                expected.remove("row");
                expected.remove("table");
                assertThat(values).as(row.row()).isEqualTo(expected);
            }
        }
    }

    @Test
    void laterRowsBorrowTheSeedsOfTheir1997RowAndItsPaperValues() {
        for (String file : FILES) {
            ExperimentSpec spec = load(file, "paper");
            for (RowSpec row : spec.rows()) {
                if (row.learner().type().equals("lstm1997")) {
                    assertThat(row.seedRow()).isNull();
                    continue;
                }
                RowSpec base = spec.rows().stream()
                        .filter(r -> r.row().equals(row.seedRow()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(file + " " + row.row() + " borrows no seeds"));
                assertThat(base.learner().type()).isEqualTo("lstm1997");
                assertThat(row.task()).as(row.row()).isEqualTo(base.task());
                assertThat(row.stop()).as(row.row()).isEqualTo(base.stop());
                assertThat(row.trials()).as(row.row()).isEqualTo(base.trials());
                assertThat(row.budget()).as(row.row() + ": a cap, never more").isLessThanOrEqualTo(base.budget());
                assertThat(new TrialSpec(row, 3, "paper").seed()).isEqualTo(new TrialSpec(base, 3, "paper").seed());
                Map<String, Object> values = new java.util.HashMap<>(row.paper());
                Map<String, Object> expected = new java.util.HashMap<>(base.paper());
                values.remove("label");
                expected.remove("label");
                assertThat(values).as(row.row()).isEqualTo(expected);
                boolean adam = "adam".equals(row.learner().params().get("optimizer"));
                assertThat(row.row().contains("adam")).as(row.row()).isEqualTo(adam);
                assertThat(String.valueOf(row.paper().get("label")).contains("adam"))
                        .as(row.row())
                        .isEqualTo(adam);
            }
        }
    }

    /** The quick profile's rows of Table 7, each cut to 200 sequences (the test times nothing). */
    @Test
    void everyLearnerOfAQuickProfileRuns() {
        ExperimentSpec spec = load("table7-adding", "quick");
        assertThat(spec.rows()).hasSize(8);
        for (RowSpec full : spec.rows()) {
            RowSpec row = full.withTrialsAndBudget(1, 200);
            TrialResult result = PaperFiles.runTrial(row, 0, "quick");
            assertThat(result.status())
                    .as(row.row() + ": " + result.message())
                    .isIn(TrialResult.SOLVED, TrialResult.UNSOLVED);
            assertThat(result.presented()).isPositive();
            assertThat(result.weights()).isPositive();
        }
    }
}
