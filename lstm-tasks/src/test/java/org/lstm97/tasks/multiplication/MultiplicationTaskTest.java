package org.lstm97.tasks.multiplication;

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
import org.lstm97.tasks.adding.MarkedPairChecks;

class MultiplicationTaskTest {

    private static SequenceTask task(Map<String, Object> params) {
        return new MultiplicationTaskFactory().createFrom(params, new TestContext(1, 0));
    }

    @ParameterizedTest
    @CsvSource({"100, 1", "100, 2", "100, 42", "11, 3", "30, 4"})
    void valuesInTheUnitIntervalAndTargetTheProduct(int t, long seed) {
        SequenceTask task = task(Map.of("T", t));
        RandomGenerator random = Seeds.stream(seed);
        int firstMarked = 0;
        for (int i = 0; i < 3000; i++) {
            Sequence s = task.next(random);
            int[] marks = MarkedPairChecks.check(s, t);
            for (int k = 0; k < s.length(); k++) {
                assertThat(s.input(k, 0)).isBetween(0.0, 1.0);
            }
            if (marks[0] == 0 || marks[1] == 0) {
                firstMarked++;
                assertThat(s.input(0, 0)).as("a marked first pair has value 1").isEqualTo(1.0);
            }
            double x1 = s.input(marks[0], 0);
            double x2 = s.input(marks[1], 0);
            assertThat(s.target(s.length() - 1, 0)).isEqualTo(x1 * x2);
        }
        assertThat(firstMarked).as("the first pair does get marked sometimes").isPositive();
    }

    @Test
    void judgesWithAbs004AtTheEnd() {
        SequenceTask task = task(Map.of());
        Sequence s = task.next(Seeds.stream(8));
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, -0.039))).isTrue();
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, 0.041))).isFalse();
    }

    @Test
    void firstSequenceForSeed42IsPinned() {
        Sequence s = task(Map.of()).next(Seeds.stream(42));
        assertThat(s.length()).isEqualTo(109);
        assertThat(s.label()).isEqualTo("X1@7 X2@29");
        assertThat(s.target(108, 0)).isCloseTo(0.5198443706478828, within(0.0));
    }
}
