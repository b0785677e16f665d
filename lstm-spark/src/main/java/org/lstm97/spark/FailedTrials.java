package org.lstm97.spark;

import java.util.Map;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.run.RunFacts;
import org.lstm97.core.run.TrialResult;
import org.lstm97.core.run.TrialSpec;

/** A {@code failed} result for a trial that never reached {@link org.lstm97.core.run.TrialRunner}. */
final class FailedTrials {
    private FailedTrials() {}

    /** The same fields {@code TrialRunner} writes for a trial that threw. */
    static TrialResult result(TrialSpec spec, String message, long wallMillis) {
        RowSpec row = spec.row();
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
                TrialResult.FAILED,
                0,
                null,
                row.budget(),
                0,
                null,
                Map.of(),
                Map.of(),
                message,
                wallMillis,
                RunFacts.commit(),
                RunFacts.java());
    }

    /** {@code SimpleName: message}, as TrialRunner describes an exception. */
    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
