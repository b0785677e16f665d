/**
 * {@code lstm-vanilla}: the "vanilla" LSTM of Greff, Srivastava, Koutník, Steunebrink &amp; Schmidhuber (2017, "LSTM:
 * a search space odyssey", Sec. II): forget gates, peepholes, tanh squashes, recurrence from the cell outputs,
 * trained by the full gradient (BPTT). The numerics live in {@code org.lstm97.baselines.support.lstm}; this
 * package holds the parameters and the registration.
 */
package org.lstm97.baselines.vanilla;
