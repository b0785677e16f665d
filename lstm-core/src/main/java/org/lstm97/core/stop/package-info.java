/**
 * The paper's stopping rules as {@link org.lstm97.core.api.StopRule} plugins: {@code all-correct} (Exp. 1),
 * {@code abs-streak} (Exp. 2a/2b/2c), {@code st1-st2} (Exp. 3a/3b/3c), {@code st3} (Exp. 4, 6) and
 * {@code nseq} (Exp. 5), registered with the core metrics by {@link org.lstm97.core.stop.CorePlugins}.
 *
 * <p>Window rules keep primitive ring buffers with exact counts, so judging a sequence costs O(1). Every
 * reading the paper leaves open is a parameter; see {@code docs/FIDELITY.md}.
 */
package org.lstm97.core.stop;
