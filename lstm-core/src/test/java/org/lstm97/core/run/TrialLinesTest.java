package org.lstm97.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of result lines: every field's type and range, the torn-line rule, superseded lines. */
class TrialLinesTest {
    static final String GOOD = "{\"format\":1,\"key\":\"toy/unit/0\",\"experiment\":\"toy\",\"table\":\"0\","
            + "\"row\":\"unit\",\"trial\":0,\"seed\":-5,\"configHash\":\"abc\",\"profile\":\"paper\","
            + "\"status\":\"solved\",\"presented\":40,\"sequencesToSuccess\":30,\"budget\":2000,\"steps\":40,"
            + "\"weights\":3,\"milestones\":{\"ST1\":20},\"metrics\":{\"mse\":0.5,\"wrong\":\"NaN\"},"
            + "\"wallMillis\":7,\"commit\":\"c\",\"java\":\"17\",\"future\":[1]}";

    @Test
    void aGoodLineParsesWithEveryField() {
        TrialResult r = TrialLines.parseLine(GOOD, "f:1");
        assertThat(r.key()).isEqualTo("toy/unit/0");
        assertThat(r.seed()).isEqualTo(-5L);
        assertThat(r.sequencesToSuccess()).isEqualTo(30L);
        assertThat(r.milestones()).containsEntry("ST1", 20L);
        assertThat(r.metrics().get("mse")).isEqualTo(0.5);
        assertThat(r.metrics().get("wrong")).isNaN();
        assertThat(ResultJson.parse(ResultJson.line(r))).isEqualTo(r);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative presented | \"presented\":40 | \"presented\":-7 | f:3: field 'presented' must be an integer >= 0, got -7",
                "presented text | \"presented\":40 | \"presented\":\"40\" | f:3: field 'presented' must be an integer, got \"40\"",
                "presented fraction | \"presented\":40 | \"presented\":40.5 | f:3: field 'presented' must be an integer, got 40.5",
                "solved without count | ,\"sequencesToSuccess\":30 | '' | f:3: field 'sequencesToSuccess' missing: a solved trial needs it",
                "count beyond presented | \"sequencesToSuccess\":30 | \"sequencesToSuccess\":41 | f:3: field 'sequencesToSuccess' must be an integer in [0, 40], got 41",
                "count when unsolved | \"status\":\"solved\" | \"status\":\"unsolved\" | f:3: field 'sequencesToSuccess' given for a trial that is unsolved: only solved trials have it",
                "unknown status | \"status\":\"solved\" | \"status\":\"won\" | f:3: field 'status' must be one of diverged, failed, solved, unsolved, got 'won'",
                "missing row | \"row\":\"unit\", | '' | f:3: field 'row' missing",
                "key mismatch | \"key\":\"toy/unit/0\" | \"key\":\"toy/unit/1\" | f:3: field 'key' must be experiment/row/trial ('toy/unit/0'), got 'toy/unit/1'",
                "trial negative | \"trial\":0 | \"trial\":-1 | f:3: field 'trial' must be an integer in [0, 2147483647], got -1",
                "budget zero | \"budget\":2000 | \"budget\":0 | f:3: field 'budget' must be an integer >= 1, got 0",
                "weights text | \"weights\":3 | \"weights\":\"many\" | f:3: field 'weights' must be an integer, got \"many\"",
                "metric text | \"mse\":0.5 | \"mse\":\"low\" | f:3: field 'metrics.mse' must be a number, got \"low\"",
                "milestones list | {\"ST1\":20} | [20] | f:3: field 'milestones' must be an object of names to numbers, got [20]",
                "milestone negative | {\"ST1\":20} | {\"ST1\":-2} | f:3: field 'milestones.ST1' must be an integer >= 0, got -2",
                "experiment path | \"experiment\":\"toy\" | \"experiment\":\"../x\" | f:3: field 'experiment' must be a simple name (letters, digits, '.', '_', '-'), got '../x'",
                "commit number | \"commit\":\"c\" | \"commit\":5 | f:3: field 'commit' must be a string, got 5",
                "superseded text | \"java\":\"17\" | \"java\":\"17\",\"superseded\":\"yes\" | f:3: field 'superseded' must be true or false, got \"yes\"",
                "format 2 | \"format\":1 | \"format\":2 | f:3: result-line format 2 is not supported by this version of lstm97 (it reads format 1)",
                "no format | \"format\":1, | '' | f:3: field 'format' missing or not an integer: not a result line",
            })
    void aBadFieldIsOneMessageNamingFileLineAndField(String name, String from, String to, String message) {
        String line = GOOD.replace(from, to);
        assertThat(line).isNotEqualTo(GOOD);
        String file = GOOD + "\n\n" + line + "\n";
        assertThatThrownBy(() -> TrialLines.parse(file.getBytes(StandardCharsets.UTF_8), "f"))
                .isInstanceOf(ResultsException.class)
                .hasMessage(message);
    }

    @Test
    void bytesAfterTheLastNewlineAreATornLineAndNeverParsed() {
        String text = GOOD + "\n" + GOOD.substring(0, 30);
        TrialLines.Contents c = TrialLines.parse(text.getBytes(StandardCharsets.UTF_8), "f");
        assertThat(c.lines()).hasSize(1);
        assertThat(c.torn().number()).isEqualTo(2);
        assertThat(c.torn().offset()).isEqualTo(GOOD.length() + 1);
        assertThat(new String(c.torn().bytes(), StandardCharsets.UTF_8)).isEqualTo(GOOD.substring(0, 30));
        // even a complete-looking line is torn without its newline: the writer always ends a line with one
        assertThat(TrialLines.parse(GOOD.getBytes(StandardCharsets.UTF_8), "f").torn())
                .isNotNull();
    }

    @Test
    void aBrokenLineWithItsNewlineIsAnError() {
        byte[] bytes = (GOOD + "\n{\"format\":1,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TrialLines.parse(bytes, "f")).hasMessageStartingWith("f:2: not JSON (");
    }

    @Test
    void supersededLinesDoNotCountAndTheLastLineOfAKeyWins() {
        String old = GOOD.replace("\"presented\":40", "\"presented\":39");
        String superseded = ResultJson.markSuperseded(GOOD.replace("\"presented\":40", "\"presented\":38"));
        String text = old + "\n" + GOOD + "\n" + superseded + "\n";
        TrialLines.Contents c = TrialLines.parse(text.getBytes(StandardCharsets.UTF_8), "f");
        assertThat(c.lines()).extracting(TrialLines.Line::counts).containsExactly(true, true, false);
        assertThat(c.latest()).hasSize(1);
        assertThat(c.latest().get("toy/unit/0").presented()).isEqualTo(40L);
    }
}
