package org.lstm97.core.stop;

import java.util.List;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;

/** Fetches a rule's test set from the probe and insists on the size the rule was configured with. */
final class TestSets {
    private TestSets() {}

    /**
     * The probe's test set of {@code size} sequences.
     *
     * @throws IllegalStateException when the task's own fixed test set has another size (a configuration
     *                               error: the rule's {@code testSize} must match it)
     */
    static List<Sequence> of(Probe probe, int size, String rule) {
        List<Sequence> set = probe.testSet(size);
        if (set.size() != size) {
            throw new IllegalStateException(rule + ": the task's test set has " + set.size()
                    + " sequences but the rule asks for " + size + "; set its test size to " + set.size());
        }
        return set;
    }
}
