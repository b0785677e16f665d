package org.lstm97.tasks.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;
import org.lstm97.tasks.Outputs;
import org.lstm97.tasks.Sampling;
import org.lstm97.tasks.TestContext;

class VeryLongLagTaskTest {

    private static SequenceTask task(int p, int q, String reading) {
        return new VeryLongLagTaskFactory()
                .createFrom(Map.of("p", p, "q", q, "lengthReading", reading), new TestContext(1, 0));
    }

    @Test
    void unitNamesAreThePapers() {
        SequenceTask task = task(3, 10, "generator");
        assertThat(task.inputNames()).containsExactly("a1", "a2", "a3", "e", "b", "x", "y");
        assertThat(task.outputNames()).containsExactly("x", "y");
    }

    @ParameterizedTest
    @CsvSource({"5, 20, 1", "50, 50, 2", "100, 1000, 3", "1, 0, 4"})
    void sequencesAreBClassDistractorsThenTheTriggerWithTheTargetThere(int p, int q, long seed) {
        SequenceTask task = task(p, q, "generator");
        RandomGenerator random = Seeds.stream(seed);
        for (int i = 0; i < 200; i++) {
            Sequence s = task.next(random);
            int n = s.length();
            assertThat(n + 1).as("symbols (the final x/y is not an input)").isGreaterThanOrEqualTo(q + 4);
            assertThat(s.activeInput(0)).as("b").isEqualTo(p + 1);
            int c = s.activeInput(1);
            assertThat(c).as("x or y").isIn(p + 2, p + 3);
            for (int t = 2; t < n - 1; t++) {
                assertThat(s.activeInput(t)).as("distractor").isBetween(0, p - 1);
                assertThat(s.hasTarget(t)).isFalse();
            }
            assertThat(s.activeInput(n - 1)).as("trigger e last").isEqualTo(p);
            assertThat(s.lastTargetStep()).isEqualTo(n - 1);
            boolean isX = c == p + 2;
            assertThat(s.label()).isEqualTo(isX ? "x" : "y");
            assertThat(s.target(n - 1, 0)).isEqualTo(isX ? 1.0 : 0.0);
            assertThat(s.target(n - 1, 1)).isEqualTo(isX ? 0.0 : 1.0);
        }
    }

    @ParameterizedTest
    @CsvSource({"generator, 4, 13, 11", "generator, 4, 13, 12", "paper-mean, 5, 14, 11", "paper-mean, 5, 14, 12"})
    void lengthsFollowTheChosenReading(String reading, int minimalExtra, double meanExtra, long seed) {
        int q = 30;
        SequenceTask task = task(4, q, reading);
        RandomGenerator random = Seeds.stream(seed);
        Sampling symbols = new Sampling();
        int shortest = Integer.MAX_VALUE;
        int x = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Sequence s = task.next(random);
            symbols.add(s.length() + 1);
            shortest = Math.min(shortest, s.length() + 1);
            x += s.label().equals("x") ? 1 : 0;
        }
        assertThat(shortest).isEqualTo(q + minimalExtra);
        // sd of the length is about 9.5, so the sd of the mean is about 0.07
        assertThat(symbols.mean()).isCloseTo(q + meanExtra, within(0.3));
        assertThat(x / (double) n).isCloseTo(0.5, within(0.015));
    }

    @Test
    void distractorsAreUniformOverAllPSymbols() {
        int p = 8;
        SequenceTask task = task(p, 1000, "generator");
        RandomGenerator random = Seeds.stream(5);
        int[] counts = new int[p];
        int total = 0;
        for (int i = 0; i < 20; i++) {
            Sequence s = task.next(random);
            for (int t = 2; t < s.length() - 1; t++) {
                counts[s.activeInput(t)]++;
                total++;
            }
        }
        for (int count : counts) {
            assertThat(count / (double) total).isCloseTo(1.0 / p, within(0.01));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.19, -0.19})
    void judgesBothOutputsAtTheEndWithAbs02(double delta) {
        SequenceTask task = task(5, 10, "generator");
        Sequence s = task.next(Seeds.stream(9));
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, delta))).isTrue();
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 1, Math.signum(delta) * 0.21)))
                .isFalse();
        assertThat(task.isCorrect(s, Outputs.perfect(s))).isTrue();
    }

    @Test
    void firstSequenceForSeed42IsPinned() {
        Sequence s = task(100, 100, "generator").next(Seeds.stream(42));
        assertThat(s.length()).isEqualTo(122);
        assertThat(s.label()).isEqualTo("y");
    }
}
