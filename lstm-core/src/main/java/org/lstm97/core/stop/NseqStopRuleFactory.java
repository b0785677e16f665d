package org.lstm97.core.stop;

import org.lstm97.core.api.StopRule;
import org.lstm97.core.plugin.BuildContext;
import org.lstm97.core.plugin.StopRuleFactory;

/** Registers {@link NseqStopRule} as {@code nseq}. */
public final class NseqStopRuleFactory extends StopRuleFactory<NseqParams> {

    public NseqStopRuleFactory() {
        super(
                "nseq",
                NseqParams.class,
                "Exp. 5: fewer than n of the last 2000 training sequences had absolute end error > 0.04");
    }

    @Override
    public StopRule create(NseqParams params, BuildContext context) {
        return new NseqStopRule(params);
    }
}
