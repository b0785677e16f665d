package org.lstm97.reports.verdict;

/** A verdict with the reason in a few words, e.g. "success 28/30 [78–99%] ∌ 100%". */
public record Judgement(Verdict verdict, String reason) {
}
