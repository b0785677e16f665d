package org.lstm97.core.api;

/**
 * The paper's stopping criterion of one experiment, with its state for one trial (e.g. ST3(0.01): the
 * 2000 most recent sequences correct and their mean error below 0.01). Declared in the experiment file,
 * never hard-coded in a learner. One instance per trial.
 */
public interface StopRule {

    /**
     * Called after every training sequence.
     *
     * @param presented training sequences presented so far, this one included
     * @param outcome   how the network did on this sequence (outputs taken before its weight update)
     * @param probe     measures the current network, frozen, on the task's sets
     * @return {@link Verdict#SOLVED} once the criterion holds
     */
    Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe);

    /**
     * The "success after" count to report once the rule said {@link Verdict#SOLVED} after {@code presented}
     * sequences. Rules whose criterion is a streak judged after training (Exp. 2: "during 10,000 successive
     * sequences...") report where the streak began; the others report {@code presented}.
     */
    default long sequencesToSuccess(long presented) {
        return presented;
    }

    /** A stop rule's decision after a sequence. */
    enum Verdict {
        CONTINUE,
        SOLVED
    }
}
