package org.lstm97.reports.verdict;

/**
 * A verdict with the reason in a few words, e.g. "success 28/30 [78–99%] vs 100%", and the number of trials
 * it rests on.
 *
 * @param verdict  the outcome
 * @param reason   why, in a few words
 * @param evidence the trials the verdict rests on: solved trials where the paper gives a mean, else all trials
 */
public record Judgement(Verdict verdict, String reason, int evidence) {

    public Judgement(Verdict verdict, String reason) {
        this(verdict, reason, 0);
    }

    /** What a report prints as the verdict: its words, with the count for "too few trials (3)". */
    public String label() {
        return verdict == Verdict.TOO_FEW_TRIALS ? verdict.text() + " (" + evidence + ")" : verdict.text();
    }
}
