package org.lstm97.reports.layout;

import static org.lstm97.reports.layout.Columns.T_KEYS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layouts of the paper's result tables (1–9, and 2b from the text of Sec. 5.2), chosen by an
 * experiment's {@code table} field; any other table gets {@link #generic()}.
 */
public final class Layouts {
    private static final String[] N_KEYS = {"N", "n"};
    private static final String[] N_SEQ_KEYS = {"nSeq", "n_seq", "nseq", "trainingSequences", "sequences"};
    private static final String[] LR_KEYS = {"learningRate", "learning-rate", "lr", "alpha", "rate"};
    private static final String[] P_KEYS = {"p", "delay"};

    private static final Map<String, TableLayout> LAYOUTS = new LinkedHashMap<>();

    static {
        add(new TableLayout(
                "1",
                "Embedded Reber grammar (Exp. 1)",
                "Paper: 30 trials per LSTM row (3 training/test set pairs × 10 weight initialisations); the RTRL, "
                        + "ELM and RCC rows are quoted from other papers. Success after: mean training sequences "
                        + "until the training and test sets are predicted correctly, over successful trials.",
                List.of(
                        Columns.learnerParameter("learning rate", LR_KEYS),
                        Columns.weights("# weights"),
                        Columns.successPercent("% of success"),
                        Columns.successAfter("success after"),
                        Columns.trials()),
                null));
        add(new TableLayout(
                "2",
                "Noise-free and noisy sequences with long time lags (Exp. 2a)",
                "Paper: means of 18 trials per row; training stops after 5 million sequences.",
                List.of(
                        Columns.taskParameter("Delay p", P_KEYS), Columns.learnerParameter("Learning rate", LR_KEYS),
                        Columns.weights("# weights"), Columns.successPercent("% Successful trials"),
                        Columns.successAfter("Success after"), Columns.trials()),
                null));
        add(new TableLayout(
                "2b",
                "No local regularities (Exp. 2b, text of Sec. 5.2)",
                "Paper (text only): LSTM always successful, mean of 18 trials 5,680 sequences; CH, BPTT and RTRL fail.",
                List.of(
                        Columns.taskParameter("Delay p", P_KEYS),
                        Columns.weights("# weights"),
                        Columns.successPercent("% successful"),
                        Columns.successAfter("Success after"),
                        Columns.trials()),
                null));
        add(new TableLayout(
                "3",
                "Very long time lags, no local regularities (Exp. 2c)",
                "Paper: 20 trials per (p, q) pair; the table lists the mean number of training sequences until "
                        + "success.",
                List.of(
                        Columns.taskParameter("q (time lag −1)", "q"),
                        Columns.taskParameter("p (# random inputs)", "p"),
                        Columns.qOverP(),
                        Columns.weights("# weights"),
                        Columns.successPercent("% success"),
                        Columns.successAfter("Success after"),
                        Columns.trials()),
                "q/p"));
        add(twoSequence("4", "Two-sequence problem (Exp. 3a)"));
        add(twoSequence("5", "Two-sequence problem with Gaussian noise on the inputs (Exp. 3b)"));
        add(new TableLayout(
                "6",
                "Two-sequence problem with noisy real-valued targets (Exp. 3c)",
                "Paper: means of 10 trials; stop: sequences until the stop criterion; av. difference to mean: "
                        + "average absolute difference of the output to the noise-free target.",
                List.of(
                        Columns.taskParameter("T", T_KEYS),
                        Columns.taskParameter("N", N_KEYS),
                        Columns.successAfter("stop"),
                        Columns.weights("# weights"),
                        Columns.misclassified("fraction misclassified"),
                        Columns.cleanDiff("av. difference to mean"),
                        Columns.successPercent("% success"),
                        Columns.trials()),
                null));
        add(new TableLayout(
                "7",
                "Adding problem (Exp. 4)",
                "Paper: means of 10 trials; # wrong predictions out of 2560 test sequences (absolute error > 0.04).",
                List.of(
                        Columns.taskParameter("T", T_KEYS),
                        Columns.minimalLag(),
                        Columns.weights("# weights"),
                        Columns.wrong("# wrong predictions"),
                        Columns.successAfter("Success after"),
                        Columns.successPercent("% success"),
                        Columns.trials()),
                "T"));
        add(new TableLayout(
                "8",
                "Multiplication problem (Exp. 5)",
                "Paper: means of 10 trials; training stops when n_seq of 2560 test sequences or fewer are wrong "
                        + "(absolute error > 0.04).",
                List.of(
                        Columns.taskParameter("T", T_KEYS),
                        Columns.minimalLag(),
                        Columns.weights("# weights"),
                        Columns.taskParameter("n_seq", N_SEQ_KEYS),
                        Columns.wrong("# wrong predictions"),
                        Columns.mse("MSE"),
                        Columns.successAfter("Success after"),
                        Columns.successPercent("% success"),
                        Columns.trials()),
                null));
        add(new TableLayout(
                "9",
                "Temporal order (Exp. 6a and 6b)",
                "Paper: means of 20 trials (6a) and 10 trials (6b); # wrong predictions out of 2560 test sequences.",
                List.of(
                        Columns.weights("# weights"),
                        Columns.wrong("# wrong predictions"),
                        Columns.successAfter("Success after"),
                        Columns.successPercent("% success"),
                        Columns.trials()),
                null));
    }

    private Layouts() {}

    private static TableLayout twoSequence(String table, String title) {
        return new TableLayout(
                table,
                title,
                "Paper: means of 10 trials; ST1 and ST2 are the two stop criteria (mean sequences until each held); "
                        + "fraction misclassified on the test set at ST2.",
                List.of(
                        Columns.taskParameter("T", T_KEYS),
                        Columns.taskParameter("N", N_KEYS),
                        Columns.st1("stop: ST1"),
                        Columns.st2("stop: ST2"),
                        Columns.weights("# weights"),
                        Columns.misclassified("ST2: fraction misclassified"),
                        Columns.successPercent("% success"),
                        Columns.trials()),
                null);
    }

    private static void add(TableLayout layout) {
        LAYOUTS.put(layout.table(), layout);
    }

    /** The layout of {@code table}, or the generic one. */
    public static TableLayout forTable(String table) {
        TableLayout layout = LAYOUTS.get(table);
        return layout != null ? layout : generic();
    }

    /** Whether {@code table} has a layout of its own. */
    public static boolean isKnown(String table) {
        return LAYOUTS.containsKey(table);
    }

    /** The tables with a layout of their own, in the paper's order. */
    public static List<String> knownTables() {
        return List.copyOf(LAYOUTS.keySet());
    }

    /** For an experiment without a paper table: our measurements only, no paper values, no verdicts. */
    public static TableLayout own() {
        TableLayout generic = generic();
        return new TableLayout(
                "",
                "Results",
                "An experiment of its own (no paper table): our measurements, without " + "paper values or verdicts.",
                generic.columns(),
                null);
    }

    /** For tables without a layout: every measure the result lines may carry. */
    public static TableLayout generic() {
        return new TableLayout(
                "*",
                "Results",
                "Generic layout: the table has no paper-specific layout.",
                List.of(
                        Columns.weights("# weights"),
                        Columns.successPercent("% success"),
                        Columns.successAfter("success after"),
                        Columns.wrong("# wrong"),
                        Columns.mse("MSE"),
                        Columns.misclassified("fraction misclassified"),
                        Columns.trials()),
                null);
    }
}
