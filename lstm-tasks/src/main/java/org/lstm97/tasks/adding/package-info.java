/**
 * Experiment 4 [NC97 Sec. 5.4, PAPER.md §3.8]: the adding problem ({@code adding}). Also holds
 * {@link org.lstm97.tasks.adding.MarkedPairTask}, the marked-pair sequence shared with Exp. 5
 * ({@code org.lstm97.tasks.multiplication}), which the paper defines as "Exp. 4, except …".
 */
package org.lstm97.tasks.adding;
