package org.lstm97.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.GroupRunner;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The work of one Spark task (one partition holds one unit: a trial, or up to a lane-width of trials of one
 * row): read the specs, run them with the worker's registry (in lanes where the worker's JVM and the row allow
 * it), send back one reply per spec, in order. Nothing escapes: whatever TrialRunner does not turn into a failed
 * result itself (an Error, a spec the worker cannot read, a registry that does not build) becomes a
 * {@link TrialReply#failed} reply, so one bad trial never stops the job.
 */
final class TrialTask extends AbstractFunction1<Iterator<ArrayList<byte[]>>, ArrayList<TrialReply>>
        implements Serializable {
    private static final long serialVersionUID = 2L;

    private final Engine engine;

    TrialTask(Engine engine) {
        this.engine = engine;
    }

    @Override
    public ArrayList<TrialReply> apply(Iterator<ArrayList<byte[]>> partition) {
        if (!partition.hasNext()) {
            ArrayList<TrialReply> none = new ArrayList<>();
            none.add(TrialReply.failed("IllegalStateException: a Spark partition without a trial", 0));
            return none;
        }
        return run(partition.next(), engine);
    }

    /** One trial, alone. */
    static TrialReply run(byte[] spec) {
        List<byte[]> one = new ArrayList<>();
        one.add(spec);
        return run(one, Engine.SCALAR).get(0);
    }

    static ArrayList<TrialReply> run(List<byte[]> specs, Engine engine) {
        long start = System.nanoTime();
        TrialReply[] replies = new TrialReply[specs.size()];
        List<TrialSpec> readable = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            try {
                TrialSpec spec = SpecBytes.read(specs.get(i));
                readable.add(spec);
                index.put(spec.key(), i);
            } catch (Throwable t) { // NOPMD: the job must survive any one trial
                replies[i] = TrialReply.failed(FailedTrials.describe(t), millisSince(start));
            }
        }
        if (!readable.isEmpty()) {
            try {
                GroupRunner groups = new GroupRunner(new TrialRunner(WorkerRegistry.get()), engine);
                GroupRunner.Plan plan = groups.plan(readable.get(0), readable.size());
                groups.run(
                        plan,
                        readable,
                        result -> replies[index.get(result.key())] = TrialReply.of(ResultJson.line(result)));
            } catch (Throwable t) { // NOPMD: the job must survive any one trial
                for (int i = 0; i < replies.length; i++) {
                    if (replies[i] == null) {
                        replies[i] = TrialReply.failed(FailedTrials.describe(t), millisSince(start));
                    }
                }
            }
        }
        return new ArrayList<>(List.of(replies));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
