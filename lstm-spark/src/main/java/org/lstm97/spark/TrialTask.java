package org.lstm97.spark;

import java.io.Serializable;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.TrialRunner;
import org.lstm97.core.run.TrialSpec;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The work of one Spark task (one partition holds one trial): read the spec, run it with the worker's
 * registry, send back the result line. Nothing escapes: whatever TrialRunner does not turn into a failed
 * result itself (an Error, a spec the worker cannot read, a registry that does not build) becomes a
 * {@link TrialReply#failed} reply, so one bad trial never stops the job.
 */
final class TrialTask extends AbstractFunction1<Iterator<byte[]>, TrialReply> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public TrialReply apply(Iterator<byte[]> partition) {
        if (!partition.hasNext()) {
            return TrialReply.failed("IllegalStateException: a Spark partition without a trial", 0);
        }
        return run(partition.next());
    }

    static TrialReply run(byte[] spec) {
        long start = System.nanoTime();
        try {
            TrialSpec trial = SpecBytes.read(spec);
            return TrialReply.of(ResultJson.line(new TrialRunner(WorkerRegistry.get()).run(trial)));
        } catch (Throwable t) { // NOPMD: the job must survive any one trial
            return TrialReply.failed(FailedTrials.describe(t), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
