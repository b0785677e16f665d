/**
 * Back-propagation through time (Werbos 1988; Williams &amp; Zipser; the paper's Sec. 3.1), the paper's BPTT
 * competitor in Table 2 (p = 100) and Exp. 2b. {@link org.lstm97.baselines.bptt.BpttNetwork} holds the
 * numerics, {@link org.lstm97.baselines.support.Topology} the connectivity (the same layouts as the rtrl module,
 * shared through lstm-baseline-support because baselines never depend on each other), {@link org.lstm97.baselines.bptt.BpttPlugin} the
 * registration.
 */
package org.lstm97.baselines.bptt;
