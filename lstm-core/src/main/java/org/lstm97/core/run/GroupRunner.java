package org.lstm97.core.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lstm97.core.lanes.LaneEngine;
import org.lstm97.core.lstm.Lstm1997Learner;
import org.lstm97.core.lstm.LstmParams;

/**
 * Runs the trials of one row: side by side in the lane engine when the row allows it, else one by one with
 * the {@link TrialRunner}. Which engine ran a trial never changes its result.
 */
public final class GroupRunner {
    private final TrialRunner runner;
    private final Engine engine;

    /** How a row's trials run, and why not in lanes. */
    public record Plan(boolean lanes, String reason, LstmParams params, int inputs, int outputs) {
        static Plan scalar(String reason) {
            return new Plan(false, reason, null, 0, 0);
        }
    }

    public GroupRunner(TrialRunner runner, Engine engine) {
        this.runner = runner;
        this.engine = engine;
    }

    /** Lanes per group on this CPU, or 1 when trials run alone. */
    public int lanes() {
        return engine == Engine.LANES && Engine.lanesAvailable() ? LaneEngine.lanes() : 1;
    }

    /** How {@code count} trials of {@code first}'s row would run. */
    public Plan plan(TrialSpec first, int count) {
        if (engine == Engine.SCALAR) {
            return Plan.scalar("--engine scalar");
        }
        if (!Engine.lanesAvailable()) {
            return Plan.scalar("no jdk.incubator.vector");
        }
        if (count < 2) {
            return Plan.scalar("one trial");
        }
        TrialRunner.Prepared trial;
        try {
            trial = runner.prepare(first, System.nanoTime());
        } catch (RuntimeException | StackOverflowError e) {
            return Plan.scalar("its trials fail to build");
        }
        if (!(trial.learner() instanceof Lstm1997Learner lstm)) {
            return Plan.scalar("learner '" + first.row().learner().type() + "' has no lane engine");
        }
        String obstacle = lstm.laneObstacle();
        if (obstacle != null) {
            return Plan.scalar(obstacle + " is not in the lane engine");
        }
        return new Plan(
                true,
                null,
                lstm.params(),
                trial.task().inputSize(),
                trial.task().outputSize());
    }

    /**
     * The trials cut into units of work, in the order given: a row that runs in lanes gives units of at most
     * {@code maxGroup} of its trials (at its first trial's place), every other trial a unit of its own. Tells
     * {@code notes} which rows run in lanes and why the others do not.
     */
    public List<Unit> units(List<TrialSpec> trials, int maxGroup, Consumer<String> notes) {
        Map<String, List<TrialSpec>> byRow = new LinkedHashMap<>();
        for (TrialSpec t : trials) {
            byRow.computeIfAbsent(rowKey(t), k -> new ArrayList<>()).add(t);
        }
        Map<String, Plan> plans = new LinkedHashMap<>();
        byRow.forEach((row, rowTrials) -> plans.put(row, plan(rowTrials.get(0), rowTrials.size())));
        EnginePlans.describe(plans, lanes()).forEach(notes);
        List<Unit> units = new ArrayList<>();
        for (TrialSpec t : trials) {
            String row = rowKey(t);
            Plan plan = plans.get(row);
            List<TrialSpec> rowTrials = byRow.get(row);
            if (!plan.lanes()) {
                units.add(new Unit(Plan.scalar(plan.reason()), List.of(t)));
            } else if (rowTrials.get(0) == t) {
                for (int from = 0; from < rowTrials.size(); from += maxGroup) {
                    units.add(new Unit(
                            plan, List.copyOf(rowTrials.subList(from, Math.min(rowTrials.size(), from + maxGroup)))));
                }
            }
        }
        return units;
    }

    /** Trials that run together (lanes) or one trial (scalar). */
    public record Unit(Plan plan, List<TrialSpec> trials) {}

    private static String rowKey(TrialSpec t) {
        return t.row().experiment() + "/" + t.row().row();
    }

    /** Runs {@code trials} (all of one row) as {@code plan} says; each result goes to {@code sink} as it ends. */
    public void run(Plan plan, List<TrialSpec> trials, Consumer<TrialResult> sink) {
        if (plan.lanes()) {
            LaneEngine.run(runner, plan.params(), plan.inputs(), plan.outputs(), trials, sink, true);
        } else {
            for (TrialSpec trial : trials) {
                sink.accept(runner.run(trial));
            }
        }
    }
}
