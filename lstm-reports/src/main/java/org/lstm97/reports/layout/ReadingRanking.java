package org.lstm97.reports.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;
import org.lstm97.reports.verdict.ReadingDistance;
import org.lstm97.reports.verdict.Verdict;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * The readings of one printed row, ranked by {@link ReadingDistance}: the rows of one experiment that carry the
 * same paper values, label included (grid variants whose {@code paper:} section holds one set of values for all
 * their rows, as in {@code experiments/readings}), each row one reading (its grid label, after its variant's name
 * when the readings span several variants), with the conclusion the record states
 * for the printed row: "reading X reproduces it" when the verdict rule says a reading reproduces it, else "no
 * documented reading reaches the paper; the closest is X (…)".
 *
 * @param paper      the printed row's label (with a setting a profile changed shown as it ran, as in the table)
 * @param paperText  the paper's numbers for it, in words
 * @param readings   the readings, closest first (rows without trials last, in row order)
 * @param conclusion what the record says about the printed row
 */
public record ReadingRanking(String paper, String paperText, List<Ranked> readings, String conclusion) {

    /**
     * One reading in its place.
     *
     * @param rank     1 for the closest
     * @param row      the row
     * @param reading  its reading: the row's grid label ("update=per-step, targets=legal-successors"), after its
     *                 variant's name ("lstm-2a-frozen: update=per-step") when the readings span several variants
     * @param distance its distance to the paper, or null for a row without trials
     */
    public record Ranked(int rank, ReportRow row, String reading, Double distance) {}

    public ReadingRanking {
        readings = List.copyOf(readings);
    }

    /** The reading of a row named {@code variant@axis=value,...}: its grid label, "axis=value, ...". */
    public static String reading(String row) {
        int at = row.indexOf('@');
        return at < 0 ? row : row.substring(at + 1).replaceAll(",(?=[A-Za-z][A-Za-z0-9_]*=)", ", ");
    }

    /** As {@link #reading(String)}, after the variant's name ("variant: axis=value, ...") when asked for. */
    static String reading(String row, boolean withVariant) {
        int at = row.indexOf('@');
        return !withVariant || at < 0 ? reading(row) : row.substring(0, at) + ": " + reading(row);
    }

    /**
     * Per row of {@code rows} (one experiment's) that is a reading, its reading: two or more rows carry the same
     * paper values.
     */
    public static Map<String, String> readings(List<PlannedRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<PlannedRow> group : groups(rows, r -> r, r -> "").values()) {
            if (group.size() >= 2) {
                boolean variants =
                        group.stream().map(PlannedRow::variant).distinct().count() > 1;
                group.forEach(r -> out.put(r.row(), reading(r.row(), variants)));
            }
        }
        return out;
    }

    /** The rankings of {@code table}, one per printed row that two or more rows of one experiment read; in row order. */
    public static List<ReadingRanking> of(PaperTable table) {
        if (table.table() == null) {
            return List.of();
        }
        List<ReadingRanking> out = new ArrayList<>();
        for (List<ReportRow> group :
                groups(table.rows(), ReportRow::spec, ReportRow::experiment).values()) {
            if (group.size() >= 2) {
                out.add(rank(group, table.judged()));
            }
        }
        return out;
    }

    /** Whether any table of {@code report} ranks readings. */
    public static boolean any(Report report) {
        return report.tables().stream().anyMatch(t -> !of(t).isEmpty());
    }

    /** Rows by (experiment, paper values), in row order; rows without a variant or paper values left out. */
    private static <T> Map<String, List<T>> groups(
            List<T> rows, Function<T, PlannedRow> spec, Function<T, String> experiment) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (T row : rows) {
            PlannedRow s = spec.apply(row);
            if (s.variant() != null && !s.paper().equals(PaperValues.NONE)) {
                groups.computeIfAbsent(experiment.apply(row) + "\n" + s.paper(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return groups;
    }

    private static ReadingRanking rank(List<ReportRow> group, boolean judged) {
        List<ReportRow> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparing((ReportRow r) -> distance(r) == null)
                .thenComparingDouble(r -> distance(r) == null ? 0.0 : distance(r)));
        boolean variants =
                group.stream().map(r -> r.spec().variant()).distinct().count() > 1;
        List<Ranked> ranked = new ArrayList<>();
        for (ReportRow row : ordered) {
            ranked.add(new Ranked(ranked.size() + 1, row, reading(row.row(), variants), distance(row)));
        }
        PlannedRow first = group.get(0).spec();
        String label = first.paper().label() != null
                ? RowLabels.asRun(first.paper().label(), first.changes())
                : first.variant();
        return new ReadingRanking(label, paperText(first.paper(), group.get(0)), ranked, conclusion(ranked, judged));
    }

    private static Double distance(ReportRow row) {
        return ReadingDistance.of(row.spec(), row.stats());
    }

    private static String paperText(PaperValues paper, ReportRow row) {
        Double rate = VerdictRule.expectedSuccessRate(row.spec());
        String text = rate == null
                ? "no success rate printed"
                : paper.successPercent() != null
                        ? NumberText.count(paper.successPercent()) + "% success"
                        : "every trial successful (no rate printed)";
        Double mean = paper.meanToSuccess();
        return text + ", "
                + (mean != null
                        ? "mean " + NumberText.count(mean) + " sequences"
                        : paper.successAfterText() != null ? paper.successAfterText() : "no mean printed");
    }

    private static String conclusion(List<Ranked> ranked, boolean judged) {
        List<Ranked> run = ranked.stream().filter(r -> r.distance() != null).toList();
        if (run.isEmpty()) {
            return "not run";
        }
        if (!judged) {
            return "smoke test: ranked by distance, no conclusion";
        }
        List<Ranked> reproducing = run.stream()
                .filter(r -> r.row().judgement().verdict() == Verdict.REPRODUCED)
                .toList();
        if (reproducing.size() == 1) {
            return "reading " + reproducing.get(0).reading() + " reproduces it (" + describe(reproducing.get(0)) + ")";
        }
        if (reproducing.size() > 1) {
            List<String> names = reproducing.stream().map(Ranked::reading).toList();
            return "readings " + String.join("; ", names) + " reproduce it; the closest is "
                    + reproducing.get(0).reading() + " (" + describe(reproducing.get(0)) + ")";
        }
        long tooFew = run.stream()
                .filter(r -> r.row().judgement().verdict() == Verdict.TOO_FEW_TRIALS)
                .count();
        String closest = "the closest is " + run.get(0).reading() + " (" + describe(run.get(0)) + ")";
        String notRun = run.size() < ranked.size()
                ? "; " + (ranked.size() - run.size()) + " of " + ranked.size() + " readings not run"
                : "";
        if (tooFew > 0) {
            return "no documented reading reproduces it on this evidence (" + tooFew + " of " + run.size()
                    + " rest on too few trials to say); " + closest + notRun;
        }
        return "no documented reading reaches the paper; " + closest + notRun;
    }

    /** "success 3/10 [11–60%], mean 45,000 sequences, distance 1.52". */
    static String describe(Ranked ranked) {
        RowStatistics stats = ranked.row().stats();
        String text = "success " + stats.solved() + "/" + stats.trials() + " ["
                + NumberText.percentRange(stats.successInterval()) + "], ";
        text += stats.meanToSuccess() != null
                ? "mean " + NumberText.count(stats.meanToSuccess()) + " sequences"
                : "none solved within "
                        + NumberText.count(
                                stats.budget() > 0
                                        ? stats.budget()
                                        : ranked.row().spec().budget());
        return text + ", distance " + NumberText.ratio(ranked.distance());
    }
}
