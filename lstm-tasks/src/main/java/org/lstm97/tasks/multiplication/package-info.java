/**
 * Experiment 5 [NC97 Sec. 5.5, PAPER.md §3.9]: the multiplication problem ({@code multiplication}), built on the
 * marked-pair sequences of {@link org.lstm97.tasks.adding.MarkedPairTask}.
 */
package org.lstm97.tasks.multiplication;
