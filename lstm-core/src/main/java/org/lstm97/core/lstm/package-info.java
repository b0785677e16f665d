/**
 * The original 1997 LSTM (Hochreiter &amp; Schmidhuber, Neural Computation 9(8)): memory cell blocks with input
 * and output gates and a constant error carrousel, no forget gate, learned with the paper's truncated RTRL-like
 * rule (PAPER.md §1.6, eqs (19)–(28)); YAML type {@code lstm1997}.
 *
 * <p>{@link org.lstm97.core.lstm.LstmParams} holds one Table 10 row, {@link org.lstm97.core.lstm.LstmLayout} the
 * flat weight layout, {@link org.lstm97.core.lstm.TruncatedLstm} the fast step loop and
 * {@link org.lstm97.core.lstm.FullGradientLstm} the exact-gradient ablation.
 */
package org.lstm97.core.lstm;
