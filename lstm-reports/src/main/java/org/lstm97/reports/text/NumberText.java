package org.lstm97.reports.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.lstm97.reports.stats.Interval;

/** Formats numbers the same way on every machine (Locale.ROOT, half-up rounding). */
public final class NumberText {
    /** The dash between the two ends of a range. */
    public static final String RANGE = "–";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private NumberText() {}

    /** A count rounded to an integer with thousands separators: 74000.4 → "74,000". */
    public static String count(double value) {
        DecimalFormat format = new DecimalFormat("#,##0", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A count with thousands separators and one decimal unless it is whole: 0.8 → "0.8", 3.0 → "3". */
    public static String smallCount(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A measure to three significant digits without exponent: 0.000195 → "0.000195". */
    public static String measure(double value) {
        if (value == 0.0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A rate in [0, 1] as a whole percentage: 0.966 → "97%". */
    public static String percent(double rate) {
        return count(rate * 100.0) + "%";
    }

    /** An interval of rates as "78–99%". */
    public static String percentRange(Interval interval) {
        return count(interval.low() * 100.0) + RANGE + count(interval.high() * 100.0) + "%";
    }

    /** An interval of counts as "70,100–92,300". */
    public static String countRange(Interval interval) {
        return count(interval.low()) + RANGE + count(interval.high());
    }

    /** A ratio with two decimals: "1.10". */
    public static String ratio(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
