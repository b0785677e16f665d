package org.lstm97.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.Evaluator;
import org.lstm97.core.train.NetworkProbe;

/**
 * Runs one trial: builds its task, learner and stop rule from the registry with streams derived from the
 * trial's seed, trains, runs the final test, and turns the outcome into a {@link TrialResult}. A trial that
 * throws becomes a {@code failed} result with its message; it never stops the grid.
 *
 * <p>{@link #run} does all of it; an engine that trains several trials itself (the lane engine) uses
 * {@link #prepare} and {@link #finish}, so that a trial's result does not depend on who trained it.
 */
public final class TrialRunner {
    private final Registry registry;

    public TrialRunner(Registry registry) {
        this.registry = registry;
    }

    /** A trial built and ready to train. */
    public record Prepared(
            TrialSpec spec,
            long startNanos,
            SequenceTask task,
            Learner learner,
            TrainingContext training,
            BuildContext context) {}

    public TrialResult run(TrialSpec spec) {
        long start = System.nanoTime();
        Prepared trial;
        TrialOutcome outcome;
        try {
            trial = prepare(spec, start);
            outcome = trial.learner().train(trial.training());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(spec, e, start);
        }
        return finish(trial, outcome);
    }

    /**
     * Builds the trial's task, learner and stop rule; throws what a plugin throws.
     *
     * @param startNanos when the trial started ({@link System#nanoTime()}), for its wall time
     */
    public Prepared prepare(TrialSpec spec, long startNanos) {
        RowSpec row = spec.row();
        Context context = new Context(spec, spec.seed());
        SequenceTask task =
                registry.task(row.task().type(), null).createFrom(row.task().params(), context);
        Learner learner = registry.learner(row.learner().type(), null)
                .createFrom(row.learner().params(), context);
        StopRule stopRule =
                registry.stopRule(row.stop().type(), null).createFrom(row.stop().params(), context);
        return new Prepared(
                spec, startNanos, task, learner, new Training(task, stopRule, row.budget(), context), context);
    }

    /** The result of a trained trial: its final test, its counts; a final test that throws fails the trial. */
    public TrialResult finish(Prepared trial, TrialOutcome outcome) {
        TrialSpec spec = trial.spec();
        RowSpec row = spec.row();
        Map<String, Double> metrics = new LinkedHashMap<>();
        Integer weights = null;
        try {
            Network network = outcome.network();
            if (network != null) {
                weights = network.weightCount();
                if (row.evaluation().testSize() > 0) {
                    metrics.putAll(finalTest(row, trial.task(), network, trial.context()));
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return failed(spec, e, trial.startNanos());
        }
        return result(spec, outcome, weights, metrics, trial.startNanos());
    }

    /** A {@code failed} result for a trial that threw {@code e}. */
    public TrialResult failed(TrialSpec spec, Throwable e, long startNanos) {
        TrialOutcome outcome = new TrialOutcome(
                TrialOutcome.Status.FAILED,
                0,
                null,
                0,
                Map.of(),
                null,
                e.getClass().getSimpleName() + ": " + e.getMessage());
        return result(spec, outcome, null, Map.of(), startNanos);
    }

    private static TrialResult result(
            TrialSpec spec, TrialOutcome outcome, Integer weights, Map<String, Double> metrics, long startNanos) {
        RowSpec row = spec.row();
        long wallMillis = (System.nanoTime() - startNanos) / 1_000_000;
        return new TrialResult(
                TrialResult.FORMAT,
                spec.key(),
                row.experiment(),
                row.table(),
                row.row(),
                spec.trial(),
                spec.seed(),
                row.configHash(),
                spec.profile(),
                status(outcome.status()),
                outcome.presented(),
                outcome.status() == TrialOutcome.Status.SOLVED ? outcome.sequencesToSuccess() : null,
                row.budget(),
                outcome.steps(),
                weights,
                outcome.milestones(),
                metrics,
                outcome.message(),
                wallMillis,
                RunFacts.commit(),
                RunFacts.java());
    }

    private Map<String, Double> finalTest(RowSpec row, SequenceTask task, Network network, BuildContext context) {
        NetworkProbe finalProbe = new NetworkProbe(network, task, name -> context.random("final-" + name));
        List<Sequence> testSet = finalProbe.testSet(row.evaluation().testSize());
        Evaluation evaluation = Evaluator.evaluate(network, task, testSet);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (String metric : row.evaluation().metrics()) {
            metrics.put(
                    metric,
                    registry.metric(metric, null).createFrom(Map.of(), context).measure(evaluation));
        }
        return metrics;
    }

    private static String status(TrialOutcome.Status status) {
        return switch (status) {
            case SOLVED -> TrialResult.SOLVED;
            case UNSOLVED -> TrialResult.UNSOLVED;
            case DIVERGED -> TrialResult.DIVERGED;
            case FAILED -> TrialResult.FAILED;
        };
    }

    /** The trial's random streams: per-trial ones from its seed, shared ones from the experiment's. */
    private record Context(TrialSpec spec, long seed) implements BuildContext {
        @Override
        public int trialIndex() {
            return spec.trial();
        }

        @Override
        public RandomGenerator random(String name) {
            return Seeds.stream(seed, name);
        }

        @Override
        public RandomGenerator sharedRandom(String name) {
            return Seeds.stream(spec.row().seed(), spec.row().experiment(), name);
        }
    }

    /** What the learner gets: the task, the stop rule, the budget and the trial's streams. */
    private record Training(SequenceTask task, StopRule stopRule, long budget, BuildContext context)
            implements TrainingContext {
        @Override
        public RandomGenerator random(String name) {
            return context.random(name);
        }

        @Override
        public Probe probeFor(Network network) {
            return new NetworkProbe(network, task, context::random);
        }
    }
}
