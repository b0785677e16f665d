package org.lstm97.baselines.guessing;

/** When the guessing learner shows its work to the experiment's stop rule. */
public enum StopRuleFeed {
    /**
     * After every evaluated sequence, as the shared online loop does: each screening sequence of each guess is
     * one presentation. A guess stops at its first wrong sequence, so a streak the rule sees never spans two
     * guesses.
     */
    EVERY_SEQUENCE,
    /** Only once per guess that classified the whole screening set correctly, after its last sequence. */
    PASSING_GUESS
}
