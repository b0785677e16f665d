package org.lstm97.core.lstm;

/** Activation of the output units (PAPER.md U17): the logistic the paper states, or linear. */
public enum OutputActivation {
    /** y = σ(net), f' = y(1 − y); the paper's text for every experiment. */
    LOGISTIC,
    /** y = net, f' = 1; what the numbers of Exp. 4/5 fit better (PAPER.md U17). */
    LINEAR
}
