package org.lstm97.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.stats.WilsonInterval;
import org.lstm97.reports.verdict.VerdictRule;

/** Readings of one printed row, ranked by their distance to the paper, with the conclusion the record states. */
class ReadingRankingTest {
    /** Table 1, row 9: 100% of 30 trials, mean 8,440. */
    static final PaperValues ROW9 = new PaperValues(
            "LSTM, 3 blocks, size 2, lr 0.5", 100.0, 8440.0, null, null, null, null, null, null, null, 276.0, null);

    static final PaperValues ROW8 = new PaperValues(
            "LSTM, 4 blocks, size 1, lr 0.5", 97.0, 9500.0, null, null, null, null, null, null, null, 264.0, null);

    static PlannedRow spec(String row, PaperValues paper) {
        return new PlannedRow(
                row,
                row.substring(0, row.indexOf('@')),
                10,
                200000L,
                "h",
                Map.of(),
                Map.of("type", "lstm1997"),
                Map.of(),
                Map.of(),
                paper);
    }

    /** {@code solved} of {@code trials} at {@code mean} each (no interval of the mean), budget 200,000. */
    static RowStatistics stats(int solved, int trials, double mean) {
        double[] toSuccess = new double[solved];
        Arrays.fill(toSuccess, mean);
        return new RowStatistics(
                "r",
                trials,
                solved,
                trials - solved,
                0,
                0,
                trials == 0 ? null : WilsonInterval.of95(solved, trials),
                toSuccess,
                solved == 0 ? null : mean,
                solved == 0 ? null : mean,
                solved < 2 ? null : new Interval(mean * 0.9, mean * 1.1),
                null,
                null,
                null,
                null,
                null,
                solved > 0,
                276.0,
                trials == 0 ? 0L : 200000L,
                0L,
                0L);
    }

    static ReportRow row(String name, PaperValues paper, RowStatistics stats) {
        PlannedRow spec = spec(name, paper);
        return new ReportRow(
                "readings-table1", paper.label(), null, List.of(), VerdictRule.DEFAULT.judge(spec, stats), spec, stats);
    }

    static PaperTable table(boolean judged, ReportRow... rows) {
        return new PaperTable("1", "Embedded Reber", Layouts.forTable("1"), List.of(rows), List.of(), judged);
    }

    private static final ReportRow CLOSE =
            row("lstm@update=per-step,targets=legal-successors", ROW9, stats(9, 10, 10000));
    private static final ReportRow FAR =
            row("lstm@update=per-sequence,targets=legal-successors", ROW9, stats(3, 10, 45000));
    private static final ReportRow NONE = row("lstm@update=per-step,targets=next-symbol", ROW9, stats(0, 10, 0));
    private static final ReportRow NOT_RUN =
            row("lstm@update=per-sequence,targets=next-symbol", ROW9, RowStatistics.empty("r"));

    @Test
    void theReadingsOfOnePrintedRowAreRankedClosestFirst() {
        List<ReadingRanking> rankings = ReadingRanking.of(table(true, NOT_RUN, FAR, NONE, CLOSE));

        assertThat(rankings).singleElement().satisfies(r -> {
            assertThat(r.paper()).isEqualTo("LSTM, 3 blocks, size 2, lr 0.5");
            assertThat(r.paperText()).isEqualTo("100% success, mean 8,440 sequences");
            assertThat(r.readings())
                    .extracting(ReadingRanking.Ranked::reading)
                    .containsExactly(
                            "update=per-step, targets=legal-successors",
                                    "update=per-sequence, targets=legal-successors",
                            "update=per-step, targets=next-symbol", "update=per-sequence, targets=next-symbol");
            assertThat(r.readings()).extracting(ReadingRanking.Ranked::rank).containsExactly(1, 2, 3, 4);
            assertThat(r.readings().get(0).distance())
                    .isCloseTo(0.1 + StrictMath.log(10000 / 8440.0), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(r.readings().get(3).distance()).isNull();
            // 9/10 [60–98%] excludes 100%: the closest reading is not reproduced either
            assertThat(r.conclusion())
                    .isEqualTo("no documented reading reaches the paper; the closest is "
                            + "update=per-step, targets=legal-successors (success 9/10 [60–98%], mean 10,000 sequences, "
                            + "distance 0.27); 1 of 4 readings not run");
        });
    }

    @Test
    void aReadingThatReproducesTheRowIsNamedEvenWhenAnotherIsCloser() {
        ReportRow exact = row("lstm@update=per-step,targets=next-symbol", ROW9, stats(10, 10, 12000));
        ReportRow closer = row("lstm@update=per-sequence,targets=next-symbol", ROW9, stats(9, 10, 8440));

        ReadingRanking ranking =
                ReadingRanking.of(table(true, exact, closer, FAR)).get(0);

        assertThat(ranking.readings())
                .extracting(ReadingRanking.Ranked::reading)
                .startsWith("update=per-sequence, targets=next-symbol", "update=per-step, targets=next-symbol");
        assertThat(ranking.conclusion())
                .isEqualTo("reading update=per-step, targets=next-symbol reproduces it "
                        + "(success 10/10 [72–100%], mean 12,000 sequences, distance 0.35)");
        ReportRow both = row("lstm@update=per-sequence,targets=legal-successors", ROW9, stats(10, 10, 8000));
        assertThat(ReadingRanking.of(table(true, exact, both)).get(0).conclusion())
                .isEqualTo(
                        "readings update=per-sequence, targets=legal-successors; update=per-step, targets=next-symbol "
                                + "reproduce it; the closest is update=per-sequence, targets=legal-successors (success 10/10 "
                                + "[72–100%], mean 8,000 sequences, distance 0.05)");
    }

    @Test
    void readingsOnTooFewTrialsAreNotCalledFailures() {
        ReportRow four = row("lstm@update=per-step,targets=next-symbol", ROW9, stats(4, 4, 8440));

        assertThat(ReadingRanking.of(table(true, four, NONE)).get(0).conclusion())
                .isEqualTo(
                        "no documented reading reproduces it on this evidence (1 of 2 rest on too few trials to say); the "
                                + "closest is update=per-step, targets=next-symbol (success 4/4 [51–100%], mean 8,440 "
                                + "sequences, distance 0.00)");
    }

    @Test
    void aReadingThatSolvedNothingIsDescribedByItsBudget() {
        ReportRow other = row("lstm@update=per-sequence,targets=next-symbol", ROW9, stats(0, 10, 0));

        assertThat(ReadingRanking.of(table(true, NONE, other)).get(0).conclusion())
                .isEqualTo(
                        "no documented reading reaches the paper; the closest is update=per-step, targets=next-symbol "
                                + "(success 0/10 [0–28%], none solved within 200,000, distance 4.17)");
    }

    @Test
    void aSmokeTestIsRankedWithoutAConclusion() {
        assertThat(ReadingRanking.of(table(false, FAR, CLOSE)).get(0).conclusion())
                .isEqualTo("smoke test: ranked by distance, no conclusion");
        assertThat(ReadingRanking.of(table(
                                true,
                                NOT_RUN,
                                row("lstm@update=per-step,targets=next-symbol", ROW9, RowStatistics.empty("r"))))
                        .get(0)
                        .conclusion())
                .isEqualTo("not run");
    }

    @Test
    void onlyRowsOfOneVariantThatShareOnePrintedRowAreReadings() {
        // one ranking per printed row; a printed row with one row of ours, or rows of two variants, is no ranking
        ReportRow row8a = row("lstm@update=per-step", ROW8, stats(1, 10, 9000));
        ReportRow row8b = row("lstm@update=per-sequence", ROW8, stats(2, 10, 9000));
        ReportRow alone = row(
                "lstm@update=per-step,x=1",
                new PaperValues("alone", 100.0, 1.0, null, null, null, null, null, null, null, null, null),
                stats(1, 10, 9000));
        PaperValues relabelled = new PaperValues(
                "LSTM, 3 blocks, size 2, lr 0.5 (linear)",
                100.0,
                8440.0,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                276.0,
                null);
        ReportRow otherLabel = row("linear@update=per-step", relabelled, stats(1, 10, 9000));

        List<ReadingRanking> rankings = ReadingRanking.of(table(true, FAR, row8a, CLOSE, row8b, alone, otherLabel));

        assertThat(rankings)
                .extracting(ReadingRanking::paper)
                .containsExactly("LSTM, 3 blocks, size 2, lr 0.5", "LSTM, 4 blocks, size 1, lr 0.5");
        assertThat(rankings.get(0).readings()).hasSize(2);
        assertThat(ReadingRanking.readings(List.of(FAR.spec(), CLOSE.spec(), alone.spec(), otherLabel.spec())))
                .containsOnlyKeys(FAR.row(), CLOSE.row())
                .containsEntry(FAR.row(), "update=per-sequence, targets=legal-successors");
        assertThat(ReadingRanking.readings(List.of(FAR.spec(), otherLabel.spec())))
                .isEmpty();
    }

    @Test
    void readingsOfSeveralVariantsNameTheirVariant() {
        // a stop-rule reading that needs a variant of its own (experiments/readings, Table 2: lstm-2a-frozen)
        ReportRow frozen = row("lstm-frozen@update=per-step,targets=legal-successors", ROW9, stats(5, 10, 9000));

        ReadingRanking ranking = ReadingRanking.of(table(true, FAR, frozen)).get(0);

        assertThat(ranking.readings())
                .extracting(ReadingRanking.Ranked::reading)
                .containsExactly(
                        "lstm-frozen: update=per-step, targets=legal-successors",
                        "lstm: update=per-sequence, targets=legal-successors");
        assertThat(ReadingRanking.readings(List.of(FAR.spec(), frozen.spec())).values())
                .containsExactly(
                        "lstm: update=per-sequence, targets=legal-successors",
                        "lstm-frozen: update=per-step, targets=legal-successors");
        assertThat(ReadingRanking.of(new PaperTable(null, "own", Layouts.own(), List.of(FAR, CLOSE), List.of(), false)))
                .as("an experiment of one's own has no paper to rank against")
                .isEmpty();
        assertThat(ReadingRanking.any(new Report(
                        ReportFacts.of(List.of()),
                        List.of(table(true, FAR, row("lstm@x=1", ROW8, stats(1, 10, 9000)))),
                        List.of())))
                .isFalse();
        assertThat(ReadingRanking.any(
                        new Report(ReportFacts.of(List.of()), List.of(table(true, FAR, CLOSE)), List.of())))
                .isTrue();
    }

    @Test
    void aReadingIsTheRowsGridLabel() {
        assertThat(ReadingRanking.reading("lstm-3x2-lr0.5@update=per-step,targets=legal-successors"))
                .isEqualTo("update=per-step, targets=legal-successors");
        assertThat(ReadingRanking.reading("lstm-3x2-lr0.5")).isEqualTo("lstm-3x2-lr0.5");
        assertThat(ReadingRanking.reading("lstm-6b@outputGateBias=[-2.0, -4.0, -6.0],error=half-sse"))
                .isEqualTo("outputGateBias=[-2.0, -4.0, -6.0], error=half-sse");
    }
}
