package org.lstm97.tasks.twosequence;

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
import org.lstm97.tasks.Sampling;
import org.lstm97.tasks.TestContext;

class TwoSequenceTaskTest {

    private static SequenceTask task(String variant, int t, int n) {
        return new TwoSequenceTaskFactory()
                .createFrom(Map.of("variant", variant, "T", t, "N", n), new TestContext(1, 0));
    }

    @ParameterizedTest
    @CsvSource({
        "3a, 100, 3, 1",
        "3a, 100, 1, 2",
        "3a, 1000, 3, 3",
        "3b, 100, 3, 4",
        "3b, 1000, 1, 5",
        "3c, 100, 3, 6",
        "3c, 100, 1, 7"
    })
    void lengthsClassesPrefixNoiseAndTargetsFollowThePaper(String variant, int t, int n, long seed) {
        SequenceTask task = task(variant, t, n);
        assertThat(task.inputNames()).isNull();
        RandomGenerator random = Seeds.stream(seed);
        Sampling noise = new Sampling();
        Sampling prefixNoise = new Sampling();
        Sampling targetNoise = new Sampling();
        int classOne = 0;
        int sequences = t >= 1000 ? 300 : 2000;
        for (int i = 0; i < sequences; i++) {
            Sequence s = task.next(random);
            assertThat(s.length()).isBetween(t, t + t / 10);
            boolean one = s.label().equals("1");
            classOne += one ? 1 : 0;
            double sign = one ? 1.0 : -1.0;
            for (int k = 0; k < s.length(); k++) {
                if (k < n) {
                    if (variant.equals("3b")) {
                        prefixNoise.add(s.input(k, 0) - sign);
                    } else {
                        assertThat(s.input(k, 0)).as("informative input").isEqualTo(sign);
                    }
                } else {
                    noise.add(s.input(k, 0));
                }
                assertThat(s.hasTarget(k)).isEqualTo(k == s.length() - 1);
            }
            int end = s.length() - 1;
            double clean = variant.equals("3c") ? (one ? 0.2 : 0.8) : (one ? 1.0 : 0.0);
            assertThat(s.cleanTarget(end, 0)).isEqualTo(clean);
            if (variant.equals("3c")) {
                targetNoise.add(s.target(end, 0) - clean);
            } else {
                assertThat(s.target(end, 0)).isEqualTo(clean);
            }
        }
        assertThat(classOne / (double) sequences).isCloseTo(0.5, within(0.04));
        // variance 0.2 estimated from >= 2e5 draws: sd of the estimate < 0.001
        assertThat(noise.mean()).isCloseTo(0.0, within(0.005));
        assertThat(noise.variance()).isCloseTo(0.2, within(0.005));
        if (variant.equals("3b")) {
            // n * 2000 or n * 300 draws: sd of the variance estimate <= 0.2 * sqrt(2/300) = 0.016
            assertThat(prefixNoise.mean()).isCloseTo(0.0, within(0.1));
            assertThat(prefixNoise.variance()).isCloseTo(0.2, within(0.06));
        }
        if (variant.equals("3c")) {
            // 2000 draws of variance 0.1: sd of the estimate ~0.0032
            assertThat(targetNoise.mean()).isCloseTo(0.0, within(0.03));
            assertThat(targetNoise.variance()).isCloseTo(0.1, within(0.015));
        }
    }

    @ParameterizedTest
    @CsvSource({"3a, 1", "3b, 2", "3a, 3"})
    void variants3aAnd3bAcceptErrorsBelow02AtTheEnd(String variant, long seed) {
        SequenceTask task = task(variant, 100, 3);
        Sequence s = task.next(Seeds.stream(seed));
        double away = s.target(s.length() - 1, 0) > 0.5 ? -1 : 1;
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, 0.19 * away)))
                .isTrue();
        assertThat(task.isCorrect(s, Outputs.perfectExceptAtEnd(s, 0, 0.21 * away)))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4"})
    void variant3cJudgesAgainstTheNoiseFreeTargetWithin01(long seed) {
        SequenceTask task = task("3c", 100, 3);
        Sequence s = task.next(Seeds.stream(seed));
        int end = s.length() - 1;
        double[] outputs = new double[s.length()];
        outputs[end] = s.cleanTarget(end, 0) + 0.09;
        assertThat(task.isCorrect(s, outputs)).isTrue();
        outputs[end] = s.cleanTarget(end, 0) - 0.11;
        assertThat(task.isCorrect(s, outputs)).isFalse();
        outputs[end] = s.target(end, 0);
        assertThat(task.isCorrect(s, outputs))
                .as("the noisy target itself counts only if it is within 0.1 of the mean")
                .isEqualTo(Math.abs(s.target(end, 0) - s.cleanTarget(end, 0)) <= 0.1);
    }

    @Test
    void firstSequenceForSeed42IsPinned() {
        Sequence s = task("3c", 100, 3).next(Seeds.stream(42));
        assertThat(s.length()).isEqualTo(105);
        assertThat(s.label()).isEqualTo("2");
        assertThat(s.input(104, 0)).isEqualTo(-0.21575358974121223);
        assertThat(s.target(104, 0)).isEqualTo(0.4443710907451411);
    }
}
