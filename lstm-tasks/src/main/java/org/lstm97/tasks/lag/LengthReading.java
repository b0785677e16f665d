package org.lstm97.tasks.lag;

/**
 * How many extra distractors k follow the q fixed ones in Exp. 2c [PAPER.md §1.10.7, U7]. YAML {@code generator}
 * (default) or {@code paper-mean}.
 */
public enum LengthReading {
    /**
     * The paper's generator description: after the prefix, append a distractor with probability 9/10 or e
     * with 1/10, so k ≥ 0 is geometric with mean 9: minimal length q+4, mean length q+13.
     */
    GENERATOR,
    /**
     * The paper's stated mean (q+14) and distractor count (q+10)/p: at least one extra distractor, k ≥ 1
     * geometric with mean 10: minimal length q+5, mean length q+14.
     */
    PAPER_MEAN
}
