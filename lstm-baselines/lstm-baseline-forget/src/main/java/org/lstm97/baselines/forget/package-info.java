/**
 * {@code lstm-forget}: the 1997 LSTM of a table row with a forget gate per memory block (Gers, Schmidhuber &amp;
 * Cummins 2000, "Learning to forget"), trained by their truncated gradient (the forget-gate partials carried in
 * the state traces, eqs. (3.10)–(3.12)) or, as an option, by the full gradient. The numerics live in
 * {@code org.lstm97.baselines.support.lstm}; this package holds the parameters and the registration.
 */
package org.lstm97.baselines.forget;
