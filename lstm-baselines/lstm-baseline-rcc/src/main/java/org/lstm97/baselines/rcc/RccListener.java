package org.lstm97.baselines.rcc;

/** Observes RCC's phases (tests, diagnostics). Every method defaults to doing nothing. */
public interface RccListener {

    /** No-op listener. */
    RccListener NONE = new RccListener() {};

    /**
     * After one candidate epoch for the unit about to become hidden unit {@code unit}: the best candidate's
     * normalised covariance score S measured in this epoch (before the epoch's weight update).
     */
    default void candidateEpoch(int unit, int epoch, double bestScore) {}

    /** After hidden unit {@code unit} was installed with covariance score {@code score}. */
    default void unitInstalled(int unit, double score, RccNetwork network) {}

    /** After one output epoch with summed squared error {@code sse} over all target patterns. */
    default void outputEpoch(int hiddenUnits, int epoch, double sse) {}
}
