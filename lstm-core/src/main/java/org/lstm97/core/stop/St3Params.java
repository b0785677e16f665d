package org.lstm97.core.stop;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code st3}: ST3(β), "average training error below β and the 2000 most recent sequences were
 * processed correctly" (Exp. 4: β = 0.01; Exp. 6: β = 0.1).
 *
 * @param window recent training sequences that must all be correct, and over which the error is averaged
 * @param beta   the window's mean training error must be below this
 * @param error  the per-sequence training error that is averaged (U2)
 * @param every  judge only every this many sequences (1: after every sequence, the literal reading)
 */
public record St3Params(
        @Param(doc = "most recent training sequences judged (paper: 2000)", value = "2000")
        int window,

        @Param(doc = "window mean training error must be below this (Exp. 4: 0.01, Exp. 6: 0.1)")
        double beta,

        @Param(
                doc = "U2: mean-abs (window mean of the mean absolute end error) or half-sse (MDUN: 1/2 SSE)",
                value = "mean-abs")
        Error error,

        @Param(doc = "judge every this many sequences (1 = after every sequence)", value = "1")
        int every) {

    public St3Params {
        ParamException.positive("window", window);
        ParamException.positive("beta", beta);
        ParamException.positive("every", every);
    }

    /** The per-sequence training error ST3 averages over the window (U2). */
    public enum Error {
        /** Mean over output units of |target - output| at the last target step. */
        MEAN_ABS,
        /** One half of the sum over target steps and output units of (target - output)^2 ([MDUN]). */
        HALF_SSE
    }
}
