package org.lstm97.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.GroupRunner;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.RunFacts;
import org.lstm97.core.run.TrialExecutor;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;
import scala.collection.immutable.Range;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs trials as Spark tasks: one job whose partitions hold one unit each, a trial or (for a row the lane
 * engine can run) up to a lane-width of the row's trials, which the worker trains side by side. Each task runs
 * its unit on a worker ({@link TrialTask}); Spark hands each task's replies to the driver as soon as the task
 * ends, and the calling thread passes them to the sink at once, so the result store grows unit by unit and a
 * crash of the driver loses only the units that were running. Seeds come from the specs, so results equal the
 * local executor's.
 */
public final class SparkExecutor implements TrialExecutor {
    private static final long POLL_MILLIS = 200;

    private final SparkConf conf;
    private final Engine engine;
    private final Consumer<String> notes;
    private JavaSparkContext spark;

    /** Runs on {@code spark}, which the caller keeps and stops (tests share one context), with the lane engine. */
    public SparkExecutor(JavaSparkContext spark) {
        this(spark, Engine.LANES);
    }

    /** Runs on {@code spark} with {@code engine}. */
    public SparkExecutor(JavaSparkContext spark, Engine engine) {
        this.spark = spark;
        this.conf = null;
        this.engine = engine;
        this.notes = note -> {};
    }

    private SparkExecutor(SparkConf conf, Engine engine, Consumer<String> notes) {
        this.conf = conf;
        this.engine = engine;
        this.notes = notes;
    }

    /**
     * An executor with its own Spark context for {@code master} ({@link SparkSettings}), started when the first
     * trial is to run (a resumed run with nothing left never starts Spark); {@link #close()} stops it.
     */
    public static SparkExecutor start(String master, int threads, Engine engine, Consumer<String> notes) {
        return new SparkExecutor(SparkSettings.conf(master, threads), engine, notes);
    }

    private JavaSparkContext spark() {
        if (spark == null) {
            spark = new JavaSparkContext(conf);
        }
        return spark;
    }

    @Override
    public void execute(List<TrialSpec> trials, Consumer<TrialResult> sink) throws InterruptedException {
        GroupRunner groups = new GroupRunner(new TrialRunner(Plugins.registry()), engine);
        int lanes = Math.max(1, groups.lanes());
        List<List<TrialSpec>> sent = new ArrayList<>();
        List<ArrayList<byte[]>> payloads = new ArrayList<>();
        for (GroupRunner.Unit unit : groups.units(trials, lanes, notes)) {
            List<TrialSpec> unitSent = new ArrayList<>();
            ArrayList<byte[]> unitBytes = new ArrayList<>();
            for (TrialSpec trial : unit.trials()) {
                try {
                    unitBytes.add(SpecBytes.write(trial));
                    unitSent.add(trial);
                } catch (RuntimeException e) {
                    sink.accept(FailedTrials.result(
                            trial, "cannot send the trial to Spark: " + FailedTrials.describe(e), 0));
                }
            }
            if (!unitSent.isEmpty()) {
                sent.add(unitSent);
                payloads.add(unitBytes);
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        int total = sent.stream().mapToInt(List::size).sum();
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        JavaSparkContext context = spark();
        JavaRDD<ArrayList<byte[]>> rdd = context.parallelize(payloads, payloads.size());
        context.setJobDescription("lstm97: " + total + " trials in " + sent.size() + " tasks");
        SimpleFutureAction<BoxedUnit> job = context.sc()
                .submitJob(
                        rdd.rdd(),
                        new TrialTask(engine),
                        new Range.Exclusive(0, payloads.size(), 1),
                        new Enqueue(arrivals),
                        new Done());
        int received = 0;
        try {
            while (received < sent.size()) {
                Arrival next = arrivals.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next == null && job.isCompleted()) {
                    // the handler runs before the job completes, so whatever arrived is queued by now
                    next = arrivals.poll();
                    if (next == null) {
                        throw stopped(job, received, sent.size());
                    }
                }
                if (next != null) {
                    received++;
                    List<TrialSpec> unit = sent.get(next.partition());
                    List<TrialReply> replies = next.replies();
                    for (int i = 0; i < unit.size(); i++) {
                        sink.accept(
                                i < replies.size()
                                        ? result(unit.get(i), replies.get(i))
                                        : FailedTrials.result(unit.get(i), "the worker sent no reply for it", 0));
                    }
                }
            }
        } finally {
            if (!job.isCompleted()) {
                job.cancel();
            }
        }
    }

    /** The reply as the trial's result; a reply that is not a line of this trial makes a failed result. */
    static TrialResult result(TrialSpec spec, TrialReply reply) {
        if (reply.line() == null) {
            return FailedTrials.result(spec, reply.error(), reply.wallMillis());
        }
        TrialResult result;
        try {
            result = ResultJson.parse(reply.line());
        } catch (IllegalArgumentException e) {
            return FailedTrials.result(
                    spec, "the worker's result line is unreadable: " + e.getMessage(), reply.wallMillis());
        }
        if (!result.key().equals(spec.key())) {
            return FailedTrials.result(spec, "the worker answered for " + result.key(), reply.wallMillis());
        }
        if (result.commit() == null && RunFacts.commit() != null) {
            // a cluster worker runs outside the checkout: record the driver's commit
            result = new TrialResult(
                    result.format(),
                    result.key(),
                    result.experiment(),
                    result.table(),
                    result.row(),
                    result.trial(),
                    result.seed(),
                    result.configHash(),
                    result.profile(),
                    result.status(),
                    result.presented(),
                    result.sequencesToSuccess(),
                    result.budget(),
                    result.steps(),
                    result.weights(),
                    result.milestones(),
                    result.metrics(),
                    result.message(),
                    result.wallMillis(),
                    RunFacts.commit(),
                    result.java());
        }
        return result;
    }

    private static IllegalStateException stopped(SimpleFutureAction<BoxedUnit> job, int received, int total) {
        Throwable cause = null;
        if (job.value().isDefined()) {
            Try<BoxedUnit> outcome = job.value().get();
            if (outcome.isFailure()) {
                cause = outcome.failed().get();
            }
        }
        return new IllegalStateException(
                "the Spark job stopped after " + received + " of " + total
                        + " trials (the finished ones are stored; run again to resume)"
                        + (cause != null ? ": " + cause.getMessage() : ""),
                cause);
    }

    @Override
    public void close() {
        if (conf != null && spark != null) {
            spark.stop();
            spark = null;
        }
    }

    /** A task's replies and its partition (= index into the units sent). */
    private record Arrival(int partition, List<TrialReply> replies) {}

    /** Called on the driver by Spark's scheduler as each task ends; only queues, never blocks. */
    private static final class Enqueue extends AbstractFunction2<Object, ArrayList<TrialReply>, BoxedUnit> {
        private final BlockingQueue<Arrival> arrivals;

        Enqueue(BlockingQueue<Arrival> arrivals) {
            this.arrivals = arrivals;
        }

        @Override
        public BoxedUnit apply(Object partition, ArrayList<TrialReply> replies) {
            arrivals.add(new Arrival((Integer) partition, replies));
            return BoxedUnit.UNIT;
        }
    }

    /** The job's overall value: nothing, the replies went through {@link Enqueue}. */
    private static final class Done extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
