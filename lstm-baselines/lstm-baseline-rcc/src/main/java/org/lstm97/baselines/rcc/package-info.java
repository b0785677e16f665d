/**
 * Recurrent Cascade-Correlation (RCC; Fahlman, NIPS 3, 1991): the net starts with inputs and a bias wired
 * to the outputs, and grows one self-recurrent hidden unit at a time. Each unit is the best of a pool of
 * candidates trained by Quickprop to maximise the covariance between their activation and the residual output
 * error; once installed its incoming and self-recurrent weights are frozen. Output weights are trained by
 * Quickprop in epochs over a fixed training set. Quoted in LSTM97 Table 1 (7-9 units, 50 %, 182,000 sequences).
 */
package org.lstm97.baselines.rcc;
