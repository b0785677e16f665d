package org.lstm97.reports.load;

/**
 * The paper's reference values for one row, as the runner copies them into {@code experiment.json}. Every
 * value is optional (null when the paper prints none).
 *
 * @param label            the paper's row label, e.g. "RTRL, 3 hidden units, lr 0.05"
 * @param successPercent   percentage of successful trials
 * @param successAfter     mean number of training sequences until success
 * @param successAfterText a bound or note the paper prints instead of a number, e.g. "&gt;5,000,000"
 * @param st1              mean sequences until stop criterion ST1 (Tables 4 and 5)
 * @param st2              mean sequences until stop criterion ST2 (Tables 4 and 5)
 * @param wrong            number of wrong test sequences out of 2560
 * @param mse              mean squared test error
 * @param misclassified    fraction of misclassified test sequences
 * @param cleanDiff        average difference of the output to the noise-free target (Table 6)
 * @param weights          number of trainable weights
 * @param quoted           a citation when the paper quotes the row from another paper
 */
public record PaperValues(
        String label,
        Double successPercent,
        Double successAfter,
        String successAfterText,
        Double st1,
        Double st2,
        Double wrong,
        Double mse,
        Double misclassified,
        Double cleanDiff,
        Double weights,
        String quoted) {

    public static final PaperValues NONE =
            new PaperValues(null, null, null, null, null, null, null, null, null, null, null, null);

    /** The paper's mean sequences to success: {@link #successAfter}, else ST2 (Tables 4 and 5). */
    public Double meanToSuccess() {
        return successAfter != null ? successAfter : st2;
    }

    public boolean isQuoted() {
        return quoted != null && !quoted.isBlank();
    }
}
