package org.lstm97.reports.verdict;

/** The outcome of comparing a row with the paper. */
public enum Verdict {
    REPRODUCED("reproduced"),
    NOT_REPRODUCED("not reproduced"),
    /** Nothing contradicts the paper, but the row rests on fewer trials than the rule needs to say more. */
    TOO_FEW_TRIALS("too few trials"),
    NOT_RUN("not run"),
    /** The row ran but the paper gives neither a success rate nor a mean to compare with. */
    NO_REFERENCE("no paper value");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    /** The words the reports print (without the trial count of {@link #TOO_FEW_TRIALS}). */
    public String text() {
        return text;
    }
}
