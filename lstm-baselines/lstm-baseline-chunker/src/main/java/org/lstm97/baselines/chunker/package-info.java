/**
 * Schmidhuber's 2-net neural sequence chunker ("CH" in LSTM97 Table 2; Neural Computation 4(2), 1992; NIPS 4):
 * an automatizer A predicts every next symbol; only the symbols A fails to predict (and the first of each
 * sequence) reach the chunker C, which learns to predict them on its slower time scale; A is also trained to
 * predict C's hidden state, and so gradually absorbs what C knows. Both nets have the architecture of Table 2's
 * RTRL net (one self-recurrent hidden unit, non-recurrent logistic outputs, no biases) and are trained by RTRL
 * online.
 */
package org.lstm97.baselines.chunker;
