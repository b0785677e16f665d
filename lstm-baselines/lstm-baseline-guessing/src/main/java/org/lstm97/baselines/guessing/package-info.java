/**
 * Random weight guessing (RG; Schmidhuber &amp; Hochreiter 1996, Hochreiter &amp; Schmidhuber NIPS 9): draw every
 * weight of a small recurrent net uniformly in [-w, w], test the net on a fixed screening set, repeat until a
 * guess passes and the experiment's stop rule holds. The paper (Exp. 3a) notes that guessing solves Bengio's
 * 2-sequence problem faster than LSTM.
 */
package org.lstm97.baselines.guessing;
