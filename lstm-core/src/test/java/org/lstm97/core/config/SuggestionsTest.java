package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("trials", "title", "table", "budget", "learningRate");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "trails, trials",
                "titel, title",
                "tabel, table",
                "budgte, budget",
                "lerningRate, learningRate",
                "LEARNINGRATE, learningRate",
                "seed, none",
                "xyz, none",
                "tr, none"
            })
    void suggestsTheClosestNameOnlyWhenItIsClose(String word, String expected) {
        assertThat(Suggestions.closest(word, KEYS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} = {2}")
    @CsvSource({"kitten, sitting, 3", "ab, ba, 1", "abc, abc, 0", "'', abc, 3"})
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int d) {
        assertThat(Suggestions.distance(a, b)).isEqualTo(d);
    }
}
