package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstm97.core.stop.HandMadeOutcomes.correct;
import static org.lstm97.core.stop.HandMadeOutcomes.firstSolved;
import static org.lstm97.core.stop.HandMadeOutcomes.of;
import static org.lstm97.core.stop.HandMadeOutcomes.wrong;

import java.util.ArrayDeque;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.random.Draws;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.stop.St3Params.Error;

class St3StopRuleTest {

    private static St3StopRule st3(int window, double beta, Error error, int every) {
        return new St3StopRule(new St3Params(window, beta, error, every));
    }

    @Test
    void firesAtExactlyTheWindowWhenEverythingIsFine() {
        St3StopRule rule = st3(2000, 0.01, Error.MEAN_ABS, 1);

        long solved = firstSolved(rule, new ScriptedProbe(), 10_000, p -> correct(0.001));

        assertThat(solved).isEqualTo(2000);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(2000);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 1000, 1999, 2000})
    void oneWrongSequenceBlocksUntilItLeavesTheWindow(long wrongAt) {
        St3StopRule rule = st3(2000, 0.01, Error.MEAN_ABS, 1);

        long solved = firstSolved(rule, new ScriptedProbe(), 10_000, p -> p == wrongAt ? wrong(0.001) : correct(0.001));

        assertThat(solved).isEqualTo(wrongAt + 2000);
    }

    @Test
    void neverFiresWhileTheWindowMeanIsTooHigh() {
        // every sequence correct (error below the task's 0.04) but the mean stays at 0.02 > 0.01
        St3StopRule rule = st3(2000, 0.01, Error.MEAN_ABS, 1);

        assertThat(firstSolved(rule, new ScriptedProbe(), 20_000, p -> correct(0.02)))
                .isEqualTo(-1);
    }

    @Test
    void firesWhenTheWindowMeanDropsStrictlyBelowBeta() {
        // window 4: errors 0.4, 0, 0, 0 give mean 0.1 = beta (not below); the 5th evicts the 0.4
        St3StopRule rule = st3(4, 0.1, Error.MEAN_ABS, 1);

        assertThat(firstSolved(rule, new ScriptedProbe(), 100, p -> correct(p == 1 ? 0.4 : 0.0)))
                .isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"MEAN_ABS, 0.3, 4", "HALF_SSE, 0.3, -1", "HALF_SSE, 0.19, 4"})
    void halfSseAveragesHalfTheSquaredError(Error error, double squared, long expected) {
        // mean abs end error 0.05 < 0.1 always; half of the squared error is 0.15 (too high) or 0.095
        St3StopRule rule = st3(4, 0.1, error, 1);

        assertThat(firstSolved(rule, new ScriptedProbe(), 100, p -> of(true, 0.05, squared)))
                .isEqualTo(expected);
    }

    @Test
    void everyDelaysTheJudgementToItsMultiples() {
        St3StopRule rule = st3(4, 0.1, Error.MEAN_ABS, 10);

        assertThat(firstSolved(rule, new ScriptedProbe(), 100, p -> correct(0.0)))
                .isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void agreesWithANaiveWindowOnARandomStream(long seed) {
        // errors uniform in [0, 0.0201], so the window mean wanders around beta; about 1 wrong sequence in 3000
        RandomGenerator random = Seeds.stream(seed, "st3-stream");
        SequenceOutcome[] stream = new SequenceOutcome[60_000];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = of(!Draws.bernoulli(random, 1.0 / 3000), Draws.uniform(random, 0.0, 0.0201), 0.0);
        }
        StopRule rule = st3(2000, 0.01, Error.MEAN_ABS, 1);
        ArrayDeque<SequenceOutcome> naive = new ArrayDeque<>();
        for (int i = 0; i < stream.length; i++) {
            naive.addLast(stream[i]);
            if (naive.size() > 2000) {
                naive.removeFirst();
            }
            double sum = 0.0;
            boolean allCorrect = true;
            for (SequenceOutcome o : naive) {
                sum += o.endMeanAbsError();
                allCorrect &= o.correct();
            }
            boolean expected = naive.size() == 2000 && allCorrect && sum / 2000 < 0.01;
            StopRule.Verdict verdict = rule.afterSequence(i + 1, stream[i], new ScriptedProbe());
            assertThat(verdict == StopRule.Verdict.SOLVED)
                    .as("sequence %d", i + 1)
                    .isEqualTo(expected);
            if (expected) {
                return;
            }
        }
        throw new AssertionError("the stream never met ST3; pick a stream that does");
    }
}
