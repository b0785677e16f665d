package org.lstm97.tasks.reber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.random.Seeds;
import org.lstm97.tasks.TestContext;

class EmbeddedReberTaskTest {
    private static final EmbeddedReberTaskFactory FACTORY = new EmbeddedReberTaskFactory();

    private static SequenceTask task(long seed, int trial, Map<String, Object> params) {
        return FACTORY.createFrom(params, new TestContext(seed, trial));
    }

    private static List<String> labels(List<Sequence> set) {
        return set.stream().map(Sequence::label).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42, 1997})
    void setsHaveThePapersSizesAndNoTestStringIsATrainingString(long seed) {
        SequenceTask task = task(seed, 0, Map.of());
        assertThat(task.trainingSet()).hasSize(256);
        assertThat(task.testSet()).hasSize(256);
        Set<String> training = new HashSet<>(labels(task.trainingSet()));
        assertThat(labels(task.testSet())).noneMatch(training::contains);
        for (Sequence s : task.trainingSet()) {
            assertThat(ReberAutomaton.accepts(s.label(), true)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42})
    void theThreePairsDifferAndTrialsSharePairModuloThree(long seed) {
        List<List<String>> pairs = List.of(
                labels(task(seed, 0, Map.of()).trainingSet()),
                labels(task(seed, 1, Map.of()).trainingSet()),
                labels(task(seed, 2, Map.of()).trainingSet()));
        assertThat(pairs.get(0)).isNotEqualTo(pairs.get(1));
        assertThat(pairs.get(1)).isNotEqualTo(pairs.get(2));
        assertThat(pairs.get(0)).isNotEqualTo(pairs.get(2));
        assertThat(labels(task(seed, 3, Map.of()).trainingSet())).isEqualTo(pairs.get(0));
        assertThat(labels(task(seed, 29, Map.of()).testSet()))
                .isEqualTo(labels(task(seed, 2, Map.of()).testSet()));
        // a different row (another learning rate, another target coding) sees the same strings
        assertThat(labels(task(seed, 4, Map.of("targets", "legal-successors")).trainingSet()))
                .isEqualTo(pairs.get(1));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42})
    void distinctSetsHaveNoRepeatedString(long seed) {
        SequenceTask plain = task(seed, 0, Map.of());
        assertThat(new HashSet<>(labels(plain.trainingSet())))
                .as("plain random draws repeat short strings")
                .hasSizeLessThan(256);
        SequenceTask distinct = task(seed, 0, Map.of("distinct", true));
        assertThat(labels(distinct.trainingSet())).doesNotHaveDuplicates().hasSize(256);
        assertThat(labels(distinct.testSet())).doesNotHaveDuplicates().hasSize(256);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6})
    void trainingExemplarsAreUniformOverTheTrainingSet(long seed) {
        SequenceTask task = task(seed, 0, Map.of("trainSize", 4, "testSize", 4));
        RandomGenerator random = Seeds.stream(seed, "draw");
        int[] counts = new int[4];
        for (int i = 0; i < 8000; i++) {
            Sequence s = task.next(random);
            int index = -1;
            for (int j = 0; j < 4; j++) {
                if (task.trainingSet().get(j) == s) {
                    index = j;
                }
            }
            assertThat(index).as("next() returns a member of the training set").isNotNegative();
            counts[index]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(1800, 2200);
        }
    }

    @Test
    void firstStringsOfPairZeroForSeed42ArePinned() {
        SequenceTask task = task(42, 0, Map.of());
        assertThat(task.trainingSet().get(0).label()).isEqualTo("BPBTSSXSEPE");
        assertThat(task.testSet().get(0).label()).isEqualTo("BTBPTTTTTVPSETE");
    }
}
