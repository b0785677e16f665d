package org.lstm97.baselines.support.lstm;

import java.util.random.RandomGenerator;
import org.lstm97.baselines.support.optim.OptimizerSettings;
import org.lstm97.core.api.Network;

/** Builds the network of one trial: the truncated rule or the full gradient. */
public final class BlockLstmNetworks {
    private BlockLstmNetworks() {}

    /**
     * @param full      the exact gradient by BPTT (one change per sequence, by {@code optimizer}); else Gers et
     *                  al.'s truncated rule with plain steps of {@code optimizer.learningRate()}
     * @param perStep   truncated rule only: apply the changes after every target step instead of at the end
     */
    public static Network create(
            BlockLstmSpec spec, boolean full, boolean perStep, OptimizerSettings optimizer, RandomGenerator init) {
        return full
                ? new FullGradientBlockLstm(spec, optimizer, init)
                : new TruncatedBlockLstm(spec, optimizer.learningRate(), perStep, init);
    }
}
