package org.lstm97.tasks.reber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;

/**
 * One of Exp. 1's train/test pairs [NC97 Sec. 5.1]: "256 training strings and 256 separate test strings";
 * test strings are generated randomly but never equal a training string.
 *
 * @param training the training set, in the order drawn
 * @param test     the test set, in the order drawn
 */
public record ReberSetPair(List<Sequence> training, List<Sequence> test) {

    public ReberSetPair {
        training = List.copyOf(training);
        test = List.copyOf(test);
    }

    /** Draws the training strings first, then the test strings (rejecting training strings), from {@code random}. */
    public static ReberSetPair draw(RandomGenerator random, EmbeddedReberParams params) {
        Set<String> trainingStrings = new HashSet<>();
        List<Sequence> training = new ArrayList<>(params.trainSize());
        while (training.size() < params.trainSize()) {
            int[] symbols = ReberStrings.draw(random, true);
            String text = ReberStrings.text(symbols);
            if (trainingStrings.add(text) || !params.distinct()) {
                training.add(ReberSequences.build(symbols, true, params.targets()));
            }
        }
        Set<String> testStrings = new HashSet<>();
        List<Sequence> test = new ArrayList<>(params.testSize());
        while (test.size() < params.testSize()) {
            int[] symbols = ReberStrings.draw(random, true);
            String text = ReberStrings.text(symbols);
            if (!trainingStrings.contains(text) && (testStrings.add(text) || !params.distinct())) {
                test.add(ReberSequences.build(symbols, true, params.targets()));
            }
        }
        return new ReberSetPair(training, test);
    }
}
