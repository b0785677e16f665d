package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstm97.core.stop.HandMadeOutcomes.correct;
import static org.lstm97.core.stop.HandMadeOutcomes.firstSolved;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NseqStopRuleTest {

    private static NseqStopRule nseq(int n, int window, int every) {
        return new NseqStopRule(new NseqParams(n, window, 0.04, every));
    }

    @Test
    void judgesOnlyOnceTheWindowIsFull() {
        NseqStopRule rule = nseq(140, 2000, 1);

        long solved = firstSolved(rule, new ScriptedProbe(), 10_000, p -> correct(0.0));

        assertThat(solved).isEqualTo(2000);
        assertThat(rule.sequencesToSuccess(solved)).isEqualTo(2000);
    }

    @ParameterizedTest
    @CsvSource({"139, 2000", "140, 2001", "141, 2002"})
    void fewerThanNBadSequencesAreNeeded(int badAtStart, long expected) {
        // the first badAtStart sequences exceed 0.04, the rest are fine; n = 140
        NseqStopRule rule = nseq(140, 2000, 1);

        assertThat(firstSolved(rule, new ScriptedProbe(), 10_000, p -> correct(p <= badAtStart ? 0.5 : 0.0)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13})
    void nMinusOneBadInTheWindowFiresButNDoesNot(int bad) {
        // n = 13: bad sequences spread through the window, every 100th from 100 on, forever
        NseqStopRule rule = nseq(13, 2000, 1);

        long solved = firstSolved(rule, new ScriptedProbe(), 5000, p -> {
            boolean isBad = p % 100 == 0 && p / 100 <= bad;
            return correct(isBad ? 0.05 : 0.01);
        });

        // with 13 bad, the window first holds 12 when sequence 100 leaves it, at 2100
        assertThat(solved).isEqualTo(bad == 12 ? 2000 : 2100);
    }

    @ParameterizedTest
    @CsvSource({"0.04, 3", "0.039, 3", "0.0400001, -1", "NaN, -1"})
    void anErrorCountsOnlyWhenAboveTheThreshold(double error, long expected) {
        NseqStopRule rule = nseq(1, 3, 1);

        assertThat(firstSolved(rule, new ScriptedProbe(), 10, p -> correct(error)))
                .isEqualTo(expected);
    }

    @Test
    void everyDelaysTheJudgementToItsMultiples() {
        NseqStopRule rule = nseq(13, 2000, 300);

        assertThat(firstSolved(rule, new ScriptedProbe(), 10_000, p -> correct(0.0)))
                .isEqualTo(2100);
    }
}
