package org.lstm97.spark;

import java.io.Serializable;

/**
 * What a Spark task sends back for one trial: the result as its JSON line, or why the trial could not run at
 * all (then the driver records it as failed). Plain strings, so sending it back can never fail.
 *
 * @param line       the result line ({@link org.lstm97.core.run.ResultJson#line}), or null
 * @param error      why no result line was made, or null
 * @param wallMillis time spent on the worker
 */
record TrialReply(String line, String error, long wallMillis) implements Serializable {

    static TrialReply of(String line) {
        return new TrialReply(line, null, 0);
    }

    static TrialReply failed(String error, long wallMillis) {
        return new TrialReply(null, error, wallMillis);
    }
}
