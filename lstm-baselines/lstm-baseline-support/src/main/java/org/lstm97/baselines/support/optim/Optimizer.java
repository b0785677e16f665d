package org.lstm97.baselines.support.optim;

/** How a full-gradient learner turns a sequence's gradient into a weight change. */
public enum Optimizer {
    /** Plain gradient descent, Δw = α·(−∂E/∂w): the paper's rule (default). */
    SGD,
    /**
     * Adam (Kingma &amp; Ba 2015, Algorithm 1) on each sequence's gradient: help the 1997 paper did not have, off by
     * default and named in every row that uses it.
     */
    ADAM
}
