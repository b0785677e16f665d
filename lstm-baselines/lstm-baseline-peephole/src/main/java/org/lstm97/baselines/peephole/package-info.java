/**
 * {@code lstm-peephole}: the 1997 LSTM of a table row with a forget gate per block and peephole connections from
 * each cell's state to its block's input, forget and output gates (Gers, Schraudolph &amp; Schmidhuber 2002,
 * "Learning precise timing with LSTM recurrent networks"), trained by their truncated gradient or, as an option,
 * the full gradient. The numerics live in {@code org.lstm97.baselines.support.lstm}; this package holds the
 * parameters and the registration.
 */
package org.lstm97.baselines.peephole;
