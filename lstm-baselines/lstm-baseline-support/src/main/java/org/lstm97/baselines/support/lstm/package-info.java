/**
 * The block LSTM shared by the later-LSTM baselines (lstm-forget, lstm-peephole, lstm-vanilla): memory blocks
 * of cells sharing their gates (Hochreiter &amp; Schmidhuber 1997), forget gates (Gers, Schmidhuber &amp; Cummins
 * 2000), peephole connections (Gers, Schraudolph &amp; Schmidhuber 2002), either recurrence (the 1997 fully
 * self-connected hidden layer, or the cell outputs only as in Greff et al. 2017), and two learning rules:
 * {@link org.lstm97.baselines.support.lstm.TruncatedBlockLstm} (Gers et al.'s truncated gradient, the 1997 rule
 * extended) and {@link org.lstm97.baselines.support.lstm.FullGradientBlockLstm} (exact gradient by BPTT).
 * {@link org.lstm97.baselines.support.lstm.BlockLstmSpec} describes a net, {@link
 * org.lstm97.baselines.support.lstm.BlockLstmLayout} places its weights.
 */
package org.lstm97.baselines.support.lstm;
