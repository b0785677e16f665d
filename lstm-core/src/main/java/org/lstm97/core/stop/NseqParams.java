package org.lstm97.core.stop;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code nseq} (Exp. 5, Table 8): stop "as soon as fewer than n_seq of the 2000 most recent
 * training sequences had absolute error > 0.04".
 *
 * @param n         stop when fewer than this many window sequences exceeded the threshold (140 or 13)
 * @param window    recent training sequences judged (2000)
 * @param threshold a sequence counts when its maximal absolute end error exceeds this (0.04)
 * @param every     judge only every this many sequences (1: after every sequence)
 */
public record NseqParams(
        @Param(doc = "n_seq: stop when fewer than n window sequences had error > threshold (140 or 13)")
        int n,

        @Param(doc = "most recent training sequences judged (paper: 2000)", value = "2000")
        int window,

        @Param(doc = "absolute end error above which a sequence counts (paper: 0.04)", value = "0.04")
        double threshold,

        @Param(doc = "judge every this many sequences (1 = after every sequence)", value = "1")
        int every) {

    public NseqParams {
        ParamException.positive("window", window);
        ParamException.inRange("n", n, 1, window);
        ParamException.positive("threshold", threshold);
        ParamException.positive("every", every);
    }
}
