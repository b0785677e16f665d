package org.lstm97.core.run;

import java.io.Serializable;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.random.Seeds;

/**
 * One trial to run: a row and a trial index. Self-contained and serializable, so any executor (a local
 * thread pool, a Spark worker) can run it and get the same result.
 *
 * @param row     the resolved row
 * @param trial   the trial index, from 0
 * @param profile the profile that produced it (recorded, not part of the result's randomness)
 */
public record TrialSpec(RowSpec row, int trial, String profile) implements Serializable {

    /** {@code experiment/row/trial}: unique within a results folder. */
    public String key() {
        return row.experiment() + "/" + row.row() + "/" + trial;
    }

    /**
     * The trial's seed: derived from (base seed, experiment, row, trial index) and nothing else. The row is the
     * row's own name, or the row named by its {@code seedsOf} ({@link RowSpec#seedName()}).
     */
    public long seed() {
        return Seeds.derive(row.seed(), row.experiment(), row.seedName(), Integer.toString(trial));
    }
}
