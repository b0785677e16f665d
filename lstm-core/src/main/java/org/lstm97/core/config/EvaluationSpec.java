package org.lstm97.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * The final test after training: {@code testSize} fresh sequences (or the task's fixed test set) measured by
 * the named metrics. A test size of 0 means no final test.
 */
public record EvaluationSpec(int testSize, List<String> metrics) implements Serializable {

    public static final EvaluationSpec NONE = new EvaluationSpec(0, List.of());

    public EvaluationSpec {
        metrics = List.copyOf(metrics);
    }
}
