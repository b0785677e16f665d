/**
 * Real-time recurrent learning (Williams &amp; Zipser 1989), the paper's RTRL competitor in Table 1 (fully
 * recurrent nets of 3 and 12 hidden units) and Table 2 (one self-recurrent hidden unit under p+1 outputs).
 * {@link org.lstm97.baselines.rtrl.RtrlNetwork} holds the numerics, {@link org.lstm97.baselines.support.Topology}
 * (shared with bptt) the connectivity, {@link org.lstm97.baselines.rtrl.RtrlPlugin} the registration.
 */
package org.lstm97.baselines.rtrl;
