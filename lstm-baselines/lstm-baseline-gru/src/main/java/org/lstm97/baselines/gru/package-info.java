/**
 * {@code gru}: one layer of gated recurrent units (Cho, van Merriënboer, Gulcehre, Bahdanau, Bougares, Schwenk &amp;
 * Bengio 2014, "Learning phrase representations using RNN encoder–decoder for statistical machine translation",
 * Sec. 2.3, eqs. (5)–(8)) under the task's output units, trained by the full gradient (BPTT). {@link
 * org.lstm97.baselines.gru.GruNetwork} holds the numerics, {@link org.lstm97.baselines.gru.GruPlugin} the
 * registration.
 */
package org.lstm97.baselines.gru;
