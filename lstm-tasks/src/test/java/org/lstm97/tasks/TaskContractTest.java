package org.lstm97.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.random.Seeds;
import org.lstm97.tasks.reber.ReberOutputs;

/** What every task must honour, whatever its family: sizes, names, determinism, and its own criterion. */
class TaskContractTest {
    private static final Registry REGISTRY = Plugins.registry(List.of(new TasksPlugin()));

    /** Small but valid configurations of every type and variant. */
    static List<Map<String, Object>> configurations() {
        return List.of(
                Map.of("type", "reber"),
                Map.of("type", "reber", "targets", "legal-successors"),
                Map.of("type", "embedded-reber", "trainSize", 16, "testSize", 16),
                Map.of("type", "embedded-reber", "trainSize", 16, "testSize", 16, "targets", "legal-successors"),
                Map.of("type", "long-lag", "variant", "2a", "p", 4),
                Map.of("type", "long-lag", "variant", "2b", "p", 10),
                Map.of("type", "very-long-lag", "p", 5, "q", 20),
                Map.of("type", "very-long-lag", "p", 5, "q", 20, "lengthReading", "paper-mean"),
                Map.of("type", "two-sequence", "variant", "3a", "T", 30, "N", 3),
                Map.of("type", "two-sequence", "variant", "3b", "T", 30, "N", 1),
                Map.of("type", "two-sequence", "variant", "3c", "T", 30, "N", 3),
                Map.of("type", "adding", "T", 30),
                Map.of("type", "multiplication", "T", 30),
                Map.of("type", "temporal-order", "variant", "6a"),
                Map.of("type", "temporal-order", "variant", "6b"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Map<String, Object> configuration : configurations()) {
            for (long seed : new long[] {1, 2, 3, 42, 1997}) {
                cases.add(Arguments.of(configuration, seed));
            }
        }
        return cases.stream();
    }

    static SequenceTask build(Map<String, Object> configuration, long seed) {
        Map<String, Object> params = new java.util.HashMap<>(configuration);
        String type = (String) params.remove("type");
        return REGISTRY.task(type, null).createFrom(params, new TestContext(seed, 0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sequencesHaveTheTasksShapeAndNames(Map<String, Object> configuration, long seed) {
        SequenceTask task = build(configuration, seed);
        if (task.inputNames() != null) {
            assertThat(task.inputNames()).hasSize(task.inputSize()).doesNotHaveDuplicates();
        }
        if (task.outputNames() != null) {
            assertThat(task.outputNames()).hasSize(task.outputSize()).doesNotHaveDuplicates();
        }
        RandomGenerator random = Seeds.stream(seed, "contract");
        for (int i = 0; i < 20; i++) {
            for (Sequence s : List.of(task.next(random), task.generate(random))) {
                assertThat(s.inputSize()).isEqualTo(task.inputSize());
                assertThat(s.outputSize()).isEqualTo(task.outputSize());
                assertThat(s.lastTargetStep()).isGreaterThanOrEqualTo(0);
                assertThat(s.label()).isNotBlank();
                assertThat(s.isOneHot()).as("symbolic inputs are one-hot").isEqualTo(task.inputNames() != null);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSameSeedGivesTheSameSequences(Map<String, Object> configuration, long seed) {
        SequenceTask first = build(configuration, seed);
        SequenceTask second = build(configuration, seed);
        RandomGenerator a = Seeds.stream(seed, "same");
        RandomGenerator b = Seeds.stream(seed, "same");
        for (int i = 0; i < 10; i++) {
            assertThat(first.next(a)).isEqualTo(second.next(b));
            assertThat(first.generate(a)).isEqualTo(second.generate(b));
        }
        assertThat(first.trainingSet()).isEqualTo(second.trainingSet());
        assertThat(first.testSet()).isEqualTo(second.testSet());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void isCorrectAcceptsAPerfectOutputAndRejectsAWrongOne(Map<String, Object> configuration, long seed) {
        SequenceTask task = build(configuration, seed);
        RandomGenerator random = Seeds.stream(seed, "judge");
        for (int i = 0; i < 20; i++) {
            Sequence s = task.generate(random);
            String type = (String) configuration.get("type");
            assertThat(task.isCorrect(s, ideal(type, s)))
                    .as("perfect output on %s", s.label())
                    .isTrue();
            assertThat(task.isCorrect(s, wrong(type, s)))
                    .as("wrong output on %s", s.label())
                    .isFalse();
        }
    }

    /**
     * The ideal output: the noise-free target, except for next-symbol Reber targets where the legal
     * successors (not only the symbol that came) must be the most active.
     */
    private static double[] ideal(String type, Sequence s) {
        if (type.endsWith("reber")) {
            return ReberOutputs.legalSuccessors(s, type.equals("embedded-reber"));
        }
        return Outputs.perfect(s);
    }

    /** The ideal output with the first output at the last target step pushed 0.5 away from its target. */
    private static double[] wrong(String type, Sequence s) {
        double[] outputs = ideal(type, s);
        int at = s.lastTargetStep() * s.outputSize();
        if (type.endsWith("reber")) {
            int legal = 0;
            while (outputs[at + legal] < 0.5) {
                legal++;
            }
            outputs[at + legal] = 0.0;
            return outputs;
        }
        outputs[at] += s.cleanTarget(s.lastTargetStep(), 0) > 0.5 ? -0.5 : 0.5;
        return outputs;
    }
}
