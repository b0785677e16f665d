package org.lstm97.reports.layout;

import java.util.ArrayList;
import java.util.List;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.Reference;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;
import org.lstm97.reports.text.NumberText;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * The labelled lines printed under a row that lists independent references: what the paper quotes, what we
 * measured, and one line per reference (an independent re-run of the row's protocol elsewhere), so the three
 * kinds of number are never mixed up. A row without references gets no lines. Success rates carry a 95% Wilson
 * interval computed here from the stated counts, so ours and a reference's read the same way.
 */
public final class ReferenceLines {
    public static final String PAPER = "quoted from the paper";
    public static final String OURS = "ours";
    public static final String REFERENCE = "independent re-run";

    private ReferenceLines() {}

    /** One labelled line per kind: {label, text}; empty for a row without references. */
    public static List<String[]> of(ReportRow row) {
        List<Reference> references = row.spec().references();
        if (references.isEmpty()) {
            return List.of();
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {PAPER, paper(row)});
        lines.add(new String[] {OURS, ours(row.stats())});
        for (Reference reference : references) {
            lines.add(new String[] {REFERENCE, reference(reference)});
        }
        return lines;
    }

    /** The lines as "label: text". */
    public static List<String> texts(ReportRow row) {
        return of(row).stream().map(l -> l[0] + ": " + l[1]).toList();
    }

    private static String paper(ReportRow row) {
        PaperValues paper = row.spec().paper();
        String rate;
        if (paper.successPercent() != null) {
            rate = NumberText.count(paper.successPercent()) + "% success";
        } else if (VerdictRule.expectedSuccessRate(row.spec()) != null) {
            rate = "every trial successful (no rate printed)";
        } else {
            rate = "no success rate printed";
        }
        Double mean = paper.meanToSuccess();
        String after = mean != null
                ? "mean " + NumberText.count(mean) + " sequences"
                : paper.successAfterText() != null ? paper.successAfterText() : "no mean printed";
        return rate + ", " + after;
    }

    private static String ours(RowStatistics stats) {
        if (!stats.hasTrials()) {
            return "not run";
        }
        String text = solved(stats.solved(), stats.trials(), stats.successInterval());
        if (stats.meanToSuccess() != null) {
            text += ", mean " + NumberText.count(stats.meanToSuccess()) + " sequences";
            if (stats.meanToSuccessInterval() != null) {
                text += " [" + NumberText.countRange(stats.meanToSuccessInterval()) + "]";
            }
        }
        return text;
    }

    private static String reference(Reference reference) {
        StringBuilder text = new StringBuilder(reference.label())
                .append(": ")
                .append(solved(
                        reference.solved(),
                        reference.trials(),
                        WilsonInterval.of95(reference.solved(), reference.trials())));
        if (reference.mean() != null) {
            text.append(", mean ").append(NumberText.count(reference.mean())).append(" sequences");
        }
        if (reference.note() != null) {
            text.append("; ").append(reference.note());
        }
        if (reference.source() != null) {
            text.append(" (").append(reference.source()).append(')');
        }
        return text.toString();
    }

    private static String solved(int solved, int trials, Interval interval) {
        return solved + "/" + trials + " solved (" + NumberText.percent((double) solved / trials) + " ["
                + NumberText.percentRange(interval) + "])";
    }
}
