package org.lstm97.tasks.lag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;
import org.lstm97.tasks.Outputs;
import org.lstm97.tasks.TestContext;

class LongLagTaskTest {

    private static SequenceTask task(String variant, int p) {
        return new LongLagTaskFactory().createFrom(Map.of("variant", variant, "p", p), new TestContext(1, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 10, 100})
    void alphabetIsA1ToAPMinus1ThenXAndY(int p) {
        SequenceTask task = task("2a", p);
        assertThat(task.inputSize()).isEqualTo(p + 1);
        assertThat(task.inputNames())
                .startsWith("a1")
                .endsWith("a" + (p - 1), "x", "y")
                .hasSize(p + 1);
        assertThat(task.outputNames()).isEqualTo(task.inputNames());
    }

    @ParameterizedTest
    @CsvSource({"4, 1", "10, 2", "100, 3", "100, 42"})
    void variant2aUsesTheTwoFixedSequencesWithProbabilityOneHalf(int p, long seed) {
        SequenceTask task = task("2a", p);
        assertThat(task.trainingSet()).hasSize(2);
        assertThat(task.testSet()).isEmpty();
        for (Sequence s : task.trainingSet()) {
            int c = s.label().equals("x") ? p - 1 : p;
            assertThat(s.length()).isEqualTo(p);
            assertThat(s.activeInput(0)).isEqualTo(c);
            for (int t = 1; t < p; t++) {
                assertThat(s.activeInput(t)).as("a%d in order", t).isEqualTo(t - 1);
            }
            for (int t = 0; t < p; t++) {
                int next = t + 1 < p ? s.activeInput(t + 1) : c;
                assertThat(s.hasTarget(t)).isTrue();
                assertThat(s.target(t, next)).as("target = next symbol").isEqualTo(1.0);
            }
        }
        RandomGenerator random = Seeds.stream(seed);
        int x = 0;
        for (int i = 0; i < 4000; i++) {
            Sequence s = task.next(random);
            assertThat(s).isIn(task.trainingSet().get(0), task.trainingSet().get(1));
            x += s.label().equals("x") ? 1 : 0;
        }
        assertThat(x).isBetween(1850, 2150);
    }

    @ParameterizedTest
    @CsvSource({"4, 1", "10, 2", "100, 3"})
    void variant2bHasARandomMiddleAndTheClassSymbolAtBothEnds(int p, long seed) {
        SequenceTask task = task("2b", p);
        assertThat(task.trainingSet()).isEmpty();
        RandomGenerator random = Seeds.stream(seed);
        int[] counts = new int[p - 1];
        int x = 0;
        for (int i = 0; i < 2000; i++) {
            Sequence s = task.next(random);
            int c = s.activeInput(0);
            assertThat(c).isIn(p - 1, p);
            assertThat(s.label()).isEqualTo(c == p - 1 ? "x" : "y");
            x += c == p - 1 ? 1 : 0;
            assertThat(s.length()).isEqualTo(p);
            for (int t = 1; t < p; t++) {
                assertThat(s.activeInput(t)).isBetween(0, p - 2);
                counts[s.activeInput(t)]++;
                assertThat(s.target(t - 1, s.activeInput(t))).isEqualTo(1.0);
            }
            assertThat(s.target(p - 1, c))
                    .as("the last target repeats the first symbol")
                    .isEqualTo(1.0);
        }
        assertThat(x).isBetween(900, 1100);
        double expected = 2000.0; // 2000 sequences x (p-1) middle symbols over p-1 symbols
        for (int count : counts) {
            assertThat(count).as("middle symbols uniform").isBetween((int) (0.8 * expected), (int) (1.2 * expected));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a", "2b"})
    void variant2aJudgesEveryStepAnd2bOnlyTheEnd(String variant) {
        SequenceTask task = task(variant, 10);
        Sequence s = task.next(Seeds.stream(7));
        double[] middleOff = Outputs.perfect(s);
        middleOff[3 * 11 + 5] += 0.3;
        assertThat(task.isCorrect(s, middleOff)).isEqualTo(variant.equals("2b"));
        double[] slightlyOff = Outputs.perfect(s);
        for (int i = 0; i < slightlyOff.length; i++) {
            slightlyOff[i] += 0.24;
        }
        assertThat(task.isCorrect(s, slightlyOff)).as("all errors below 0.25").isTrue();
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 10, -0.26))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void firstSequenceOf2bForSeed42IsPinned() {
        Sequence s = task("2b", 10).next(Seeds.stream(42));
        assertThat(s.label()).isEqualTo("y");
        assertThat(s.activeInput(0)).isEqualTo(10);
        assertThat(s.activeInput(1)).isEqualTo(6);
        assertThat(s.activeInput(2)).isEqualTo(0);
    }
}
