package org.lstm97.tasks.adding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;
import org.lstm97.tasks.Outputs;
import org.lstm97.tasks.TestContext;

class AddingTaskTest {

    private static SequenceTask task(Map<String, Object> params) {
        return new AddingTaskFactory().createFrom(params, new TestContext(1, 0));
    }

    @ParameterizedTest
    @CsvSource({"100, 1", "100, 2", "100, 42", "500, 3", "1000, 4", "11, 5", "21, 6"})
    void markersValuesAndTargetFollowThePaper(int t, long seed) {
        SequenceTask task = task(Map.of("T", t));
        assertThat(task.inputSize()).isEqualTo(2);
        assertThat(task.outputSize()).isEqualTo(1);
        RandomGenerator random = Seeds.stream(seed);
        int[] firstCounts = new int[10];
        boolean[] secondSeen = new boolean[t / 2];
        int sequences = t >= 500 ? 300 : 3000;
        for (int i = 0; i < sequences; i++) {
            Sequence s = task.next(random);
            int[] marks = MarkedPairChecks.check(s, t);
            firstCounts[marks[0]]++;
            secondSeen[marks[1]] = true;
            for (int k = 0; k < s.length(); k++) {
                assertThat(s.input(k, 0)).isBetween(-1.0, 1.0);
            }
            double x1 = s.input(marks[0], 0);
            double x2 = s.input(marks[1], 0);
            if (marks[0] == 0 || marks[1] == 0) {
                assertThat(s.input(0, 0)).as("a marked first pair has value 0").isEqualTo(0.0);
            }
            assertThat(s.target(s.length() - 1, 0)).isEqualTo(0.5 + (x1 + x2) / 4.0);
        }
        if (t == 100) {
            for (int count : firstCounts) {
                assertThat(count).as("X1 uniform over the first ten").isBetween(240, 360);
            }
            for (boolean seen : secondSeen) {
                assertThat(seen)
                        .as("every one of the first T/2 positions can hold X2")
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void theX1OnlyRuleKeepsARandomValueForX2OnTheFirstPair(long seed) {
        SequenceTask anyMark = task(Map.of("T", 11));
        SequenceTask x1Only = task(Map.of("T", 11, "firstPairRule", "x1-only", "firstPairMarker", -1.0));
        RandomGenerator a = Seeds.stream(seed);
        RandomGenerator b = Seeds.stream(seed);
        int x2First = 0;
        for (int i = 0; i < 3000; i++) {
            Sequence s = anyMark.next(a);
            Sequence u = x1Only.next(b);
            int[] marks = MarkedPairChecks.marks(u);
            if (marks[1] == 0) {
                x2First++;
                assertThat(s.input(0, 0))
                        .as("any-mark: X2 on the first pair is set to 0")
                        .isEqualTo(0.0);
                assertThat(u.input(0, 0))
                        .as("x1-only: X2 keeps its random value")
                        .isNotEqualTo(0.0);
                assertThat(u.input(0, 1)).as("the configured first-pair marker").isEqualTo(-1.0);
            }
            if (marks[0] == 0) {
                assertThat(u.input(0, 0)).isEqualTo(0.0);
                assertThat(u.input(0, 1)).as("the configured first-pair marker").isEqualTo(-1.0);
            }
        }
        assertThat(x2First).as("T=11: X2 lands on the first pair often").isPositive();
    }

    @Test
    void judgesWithAbs004AtTheEnd() {
        SequenceTask task = task(Map.of());
        Sequence s = task.next(Seeds.stream(3));
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, 0.039))).isTrue();
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, -0.041))).isFalse();
        double[] elsewhere = Outputs.perfect(s);
        elsewhere[0] = 5.0;
        assertThat(task.isCorrect(s, elsewhere)).as("only the end counts").isTrue();
    }

    @Test
    void firstSequenceForSeed42IsPinned() {
        Sequence s = task(Map.of()).next(Seeds.stream(42));
        assertThat(s.length()).isEqualTo(109);
        assertThat(s.label()).isEqualTo("X1@7 X2@29");
        assertThat(s.target(108, 0)).isCloseTo(0.7294992742218309, within(0.0));
    }
}
