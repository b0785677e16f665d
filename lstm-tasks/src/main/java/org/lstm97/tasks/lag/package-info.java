/**
 * Experiment 2 [NC97 Sec. 5.2, PAPER.md §3.2–3.4]: noise-free long time lags ({@code long-lag}, variants 2a and
 * 2b) and very long time lags with distractors and a trigger ({@code very-long-lag}, 2c).
 */
package org.lstm97.tasks.lag;
