package org.lstm97.reports.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstm97.reports.load.ExperimentResults;
import org.lstm97.reports.load.PlannedExperiment;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.load.ResultSet;
import org.lstm97.reports.stats.RowAggregator;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.verdict.VerdictRule;

/**
 * Turns a results folder into paper-style tables: experiments are grouped by their {@code table} field (in
 * experiment-name order within a table), rows keep the paper's order, and tables come in the paper's order
 * (1, 2, 2b, 3, ..., 9, then others); an experiment without a {@code table} gets a table of its own, after
 * them, without verdicts. A smoke test's tables (the quick profile) carry no verdicts either.
 */
public record ReportBuilder(RowAggregator aggregator, VerdictRule verdictRule) {
    public static final ReportBuilder DEFAULT = new ReportBuilder(RowAggregator.DEFAULT, VerdictRule.DEFAULT);

    /** Orders table ids by their leading number, then by the rest: 1 &lt; 2 &lt; 2b &lt; 3 &lt; 10 &lt; x. */
    public static final Comparator<String> TABLE_ORDER =
            Comparator.comparingLong(ReportBuilder::leadingNumber).thenComparing(Comparator.naturalOrder());

    public Report build(ResultSet results) {
        Map<String, List<ExperimentResults>> byTable = new LinkedHashMap<>();
        results.experiments().stream()
                .sorted(Comparator.comparing((ExperimentResults e) -> e.spec().table() == null)
                        .thenComparing(
                                e -> e.spec().table() == null ? "" : e.spec().table(), TABLE_ORDER)
                        .thenComparing(e -> e.spec().experiment()))
                .forEach(e -> byTable.computeIfAbsent(
                                e.spec().table() != null
                                        ? "table " + e.spec().table()
                                        : "experiment " + e.spec().experiment(),
                                t -> new ArrayList<>())
                        .add(e));
        List<PaperTable> tables = new ArrayList<>();
        List<PlannedExperiment> specs = new ArrayList<>();
        for (List<ExperimentResults> experiments : byTable.values()) {
            tables.add(table(experiments.get(0).spec().table(), experiments));
            experiments.forEach(e -> specs.add(e.spec()));
        }
        return new Report(ReportFacts.of(specs), tables, results.warnings(), verdictRule.statement());
    }

    private PaperTable table(String table, List<ExperimentResults> experiments) {
        TableLayout layout = table == null ? Layouts.own() : Layouts.forTable(table);
        List<ReportRow> rows = new ArrayList<>();
        List<PlannedExperiment> specs = new ArrayList<>();
        for (ExperimentResults experiment : experiments) {
            PlannedExperiment spec = experiment.spec();
            specs.add(spec);
            Map<String, String> readings = ReadingRanking.readings(spec.rows());
            for (RowStatistics stats : aggregator.aggregate(experiment)) {
                PlannedRow row = spec.row(stats.row()).orElseGet(() -> PlannedRow.unplanned(stats.row()));
                rows.add(row(layout, new RowContext(spec, row, stats), readings.get(row.row())));
            }
        }
        String title = specs.get(0).title() != null ? specs.get(0).title() : layout.title();
        boolean smokeTest = specs.stream().anyMatch(PlannedExperiment::smokeTest);
        return new PaperTable(table, title, layout, rows, specs, table != null && !smokeTest);
    }

    /** One row; a reading of a printed row shared with other rows ({@link ReadingRanking}) names its reading. */
    private ReportRow row(TableLayout layout, RowContext context, String reading) {
        PlannedRow spec = context.spec();
        List<Cell> cells = layout.columns().stream().map(c -> c.cellOf(context)).toList();
        String label =
                spec.paper().label() != null ? RowLabels.asRun(spec.paper().label(), spec.changes()) : spec.row();
        if (reading != null) {
            label += " (reading: " + reading + ")";
        }
        String quoted = spec.paper().isQuoted() ? spec.paper().quoted() : null;
        return new ReportRow(
                context.experiment().experiment(),
                label,
                quoted,
                cells,
                verdictRule.judge(spec, context.stats()),
                spec,
                context.stats());
    }

    private static long leadingNumber(String table) {
        int end = 0;
        while (end < table.length() && end < 9 && Character.isDigit(table.charAt(end))) {
            end++;
        }
        return end == 0 ? Long.MAX_VALUE : Long.parseLong(table.substring(0, end));
    }
}
