package org.lstm97.core.stop;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;

/**
 * A probe whose evaluations are scripted: each call on the training set or on a test set takes the next
 * scripted {@link Evaluation}, and every call is logged ("train", "test:256").
 */
class ScriptedProbe implements Probe {
    private static final Sequence DUMMY =
            Sequence.builder(1, 1, 1).target(0, 0, 1.0).build();

    private final List<Sequence> training;
    private final Map<Integer, List<Sequence>> testSets = new HashMap<>();
    private final Deque<Evaluation> trainingResults = new ArrayDeque<>();
    private final Deque<Evaluation> testResults = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    final Map<String, Long> milestones = new LinkedHashMap<>();
    int milestoneCalls;

    ScriptedProbe(int trainingSize) {
        this.training = Collections.nCopies(trainingSize, DUMMY);
    }

    ScriptedProbe() {
        this(0);
    }

    ScriptedProbe onTraining(Evaluation... results) {
        trainingResults.addAll(List.of(results));
        return this;
    }

    ScriptedProbe onTest(Evaluation... results) {
        testResults.addAll(List.of(results));
        return this;
    }

    @Override
    public Evaluation evaluate(List<Sequence> sequences) {
        if (sequences == training) {
            calls.add("train");
            return next(trainingResults, "training");
        }
        calls.add("test:" + sequences.size());
        return next(testResults, "test");
    }

    private static Evaluation next(Deque<Evaluation> results, String what) {
        if (results.isEmpty()) {
            throw new AssertionError("no scripted " + what + " evaluation left");
        }
        return results.poll();
    }

    @Override
    public List<Sequence> trainingSet() {
        return training;
    }

    @Override
    public List<Sequence> testSet(int size) {
        return testSets.computeIfAbsent(size, n -> Collections.nCopies(n, DUMMY));
    }

    @Override
    public void milestone(String name, long presented) {
        milestoneCalls++;
        milestones.putIfAbsent(name, presented);
    }

    @Override
    public Map<String, Long> milestones() {
        return Map.copyOf(milestones);
    }

    /** An evaluation of {@code count} sequences with {@code wrong} wrong and the given mean errors. */
    static Evaluation eval(int count, int wrong, double meanAbs, double clean) {
        return new Evaluation(count, wrong, meanAbs, 2 * meanAbs, meanAbs * meanAbs, clean);
    }
}
