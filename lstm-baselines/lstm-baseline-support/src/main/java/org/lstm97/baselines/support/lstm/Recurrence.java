package org.lstm97.baselines.support.lstm;

/** Which hidden activations of step t−1 feed the cells and gates at step t. */
public enum Recurrence {
    /**
     * Every hidden unit: cell outputs and gate activations (the 1997 LSTM's "fully self-connected" hidden layer,
     * kept by Gers et al. 2000 and 2002).
     */
    ALL_UNITS,
    /** Only the cell outputs y^c(t−1) (Greff et al. 2017's recurrent weights R). */
    CELL_OUTPUTS
}
