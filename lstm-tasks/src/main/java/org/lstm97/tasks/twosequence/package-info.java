/**
 * Experiment 3 [NC97 Sec. 5.3, PAPER.md §3.5–3.7]: Bengio et al.'s 2-sequence problem ({@code two-sequence},
 * variants 3a, 3b with noisy informative inputs, 3c with noisy real-valued targets).
 */
package org.lstm97.tasks.twosequence;
