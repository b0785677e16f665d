/**
 * Experiment 1 [NC97 Sec. 5.1, PAPER.md §3.1, BASELINES §1]: the Reber grammar ({@code reber}) and the embedded
 * Reber grammar ({@code embedded-reber}) with its fixed 256/256 train/test pairs. One deterministic automaton
 * ({@link org.lstm97.tasks.reber.ReberAutomaton}) both generates strings and judges predictions.
 */
package org.lstm97.tasks.reber;
