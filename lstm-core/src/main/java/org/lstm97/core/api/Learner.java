package org.lstm97.core.api;

/**
 * One configured algorithm (e.g. "LSTM, 4 blocks of size 1, learning rate 0.5"). It builds a fresh model
 * per trial and trains it on the task's stream of sequences until the stop rule holds or the budget is
 * spent. Gradient learners share one online loop ({@code org.lstm97.core.train.GradientLearner}); a
 * learner whose loop differs (weight guessing, cascade-correlation) implements this interface directly.
 */
public interface Learner {

    /** Trains one fresh model for one trial. Must be deterministic given the context's random streams. */
    TrialOutcome train(TrainingContext context);
}
