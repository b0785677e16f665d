package org.lstm97.tasks.reber;

import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamException;

/**
 * Parameters of {@code embedded-reber} (Exp. 1).
 *
 * @param trainSize number of training strings
 * @param testSize  number of test strings, none of them a training string
 * @param pairs     number of random train/test pairs; trial i uses pair i % pairs
 * @param targets   what the net is trained towards at each step
 * @param distinct  whether each set is free of repeated strings
 */
public record EmbeddedReberParams(
        @Param(doc = "number of training strings [NC97 Sec. 5.1]", value = "256")
        int trainSize,

        @Param(doc = "number of test strings, none equal to a training string", value = "256")
        int testSize,

        @Param(doc = "number of random train/test pairs; trial i uses pair i % pairs", value = "3")
        int pairs,

        @Param(doc = "training targets: next-symbol or legal-successors [PAPER.md U4]", value = "next-symbol")
        TargetCoding targets,

        @Param(doc = "true: no string occurs twice within a set; false: sets are plain random draws", value = "false")
        boolean distinct) {

    public EmbeddedReberParams {
        ParamException.positive("trainSize", trainSize);
        ParamException.positive("testSize", testSize);
        ParamException.positive("pairs", pairs);
        if (targets == null) {
            throw new ParamException("targets", "targets must be next-symbol or legal-successors");
        }
    }
}
