/**
 * Elman's simple recurrent net trained by Elman's procedure (Elman 1990; Cleeremans, Servan-Schreiber &amp;
 * McClelland 1989), the paper's "ELM" row of Table 1 (15 hidden units, about 435 weights).
 * {@link org.lstm97.baselines.elman.ElmanNetwork} holds the numerics,
 * {@link org.lstm97.baselines.elman.ElmanPlugin} the registration.
 */
package org.lstm97.baselines.elman;
