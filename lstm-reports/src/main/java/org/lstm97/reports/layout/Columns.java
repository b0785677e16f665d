package org.lstm97.reports.layout;

import java.util.function.Function;
import org.lstm97.reports.load.PaperValues;
import org.lstm97.reports.load.PlannedRow;
import org.lstm97.reports.stats.Interval;
import org.lstm97.reports.stats.RowStatistics;
import org.lstm97.reports.text.NumberText;
import org.lstm97.reports.verdict.VerdictRule;

/** The columns the layouts are made of. */
public final class Columns {
    /** Task parameter names tried for the sequence length T. */
    static final String[] T_KEYS = {"T", "t", "length", "minLength"};
    /** What a value resting on one trial says instead of an interval. */
    public static final String ONE_TRIAL = "(1 trial)";

    private Columns() {}

    /** A task parameter, the same in the paper and here (e.g. T, p, q, N). */
    public static Column taskParameter(String header, String... keys) {
        return new Column(header, row -> setting(row.spec().taskNumber(keys)));
    }

    /** A learner parameter (e.g. the learning rate), the same in the paper and here. */
    public static Column learnerParameter(String header, String... keys) {
        return new Column(header, row -> {
            for (String key : keys) {
                Object value = row.spec().learner().get(key);
                if (value != null) {
                    return Cell.setting(value.toString(), value instanceof Number n ? n.doubleValue() : null);
                }
            }
            return Cell.setting(Cell.NONE, null);
        });
    }

    /** The minimal time lag of Tables 7 and 8: T/2 (the second marked element lies in the second half). */
    public static Column minimalLag() {
        return new Column("minimal lag", row -> {
            Double t = row.spec().taskNumber(T_KEYS);
            return setting(t == null ? null : Math.floor(t / 2.0));
        });
    }

    /** q/p of Table 3. */
    public static Column qOverP() {
        return new Column("q/p", row -> {
            Double q = row.spec().taskNumber("q");
            Double p = row.spec().taskNumber("p");
            return setting(q == null || p == null || p == 0.0 ? null : q / p);
        });
    }

    public static Column weights(String header) {
        return new Column(
                header, row -> compare(row.spec().paper().weights(), row.stats().weights(), null, NumberText::count));
    }

    /** Percentage of successful trials with our 95% Wilson interval. */
    public static Column successPercent(String header) {
        return new Column(header, row -> {
            PlannedRow spec = row.spec();
            RowStatistics stats = row.stats();
            String paper;
            Double paperValue = spec.paper().successPercent();
            if (paperValue != null) {
                paper = NumberText.count(spec.paper().successPercent()) + "%";
            } else if (spec.paper().successAfter() != null && spec.paper().successAfterText() != null) {
                // a number for "success after" and a note beside it: the note is about success, e.g. "some fraction"
                paper = spec.paper().successAfterText();
            } else if (VerdictRule.expectedSuccessRate(spec) != null) {
                paper = "(100%)";
            } else {
                paper = Cell.NONE;
            }
            if (!stats.hasTrials()) {
                return new Cell(paper, paperValue, Cell.NONE, null, null, null);
            }
            Interval ci = stats.successInterval();
            if (stats.trials() == 1) {
                return new Cell(
                        paper,
                        paperValue,
                        NumberText.percent(stats.successRate()) + " " + ONE_TRIAL,
                        stats.successRate() * 100.0,
                        null,
                        null);
            }
            String ours = NumberText.percent(stats.successRate()) + " [" + NumberText.percentRange(ci) + "]";
            return new Cell(paper, paperValue, ours, stats.successRate() * 100.0, ci.low() * 100.0, ci.high() * 100.0);
        });
    }

    /** Mean sequences to success over successful trials, with the bootstrap interval of the mean. */
    public static Column successAfter(String header) {
        return new Column(header, row -> {
            PaperValues paper = row.spec().paper();
            String paperText = paper.successAfter() != null
                    ? NumberText.count(paper.successAfter())
                    : paper.successAfterText() != null ? paper.successAfterText() : Cell.NONE;
            return meanToSuccess(paperText, paper.successAfter(), row.stats());
        });
    }

    /** Mean sequences until ST2 (Tables 4 and 5): the same as success. */
    public static Column st2(String header) {
        return new Column(
                header,
                row -> meanToSuccess(
                        text(row.spec().paper().st2(), NumberText::count),
                        row.spec().paper().st2(),
                        row.stats()));
    }

    public static Column st1(String header) {
        return new Column(
                header, row -> compare(row.spec().paper().st1(), row.stats().meanSt1(), null, NumberText::count));
    }

    public static Column wrong(String header) {
        return new Column(
                header,
                row -> compare(row.spec().paper().wrong(), row.stats().meanWrong(), null, NumberText::smallCount));
    }

    public static Column mse(String header) {
        return new Column(
                header, row -> compare(row.spec().paper().mse(), row.stats().meanMse(), null, NumberText::measure));
    }

    public static Column misclassified(String header) {
        return new Column(
                header,
                row -> compare(
                        row.spec().paper().misclassified(),
                        row.stats().meanMisclassified(),
                        null,
                        NumberText::measure));
    }

    public static Column cleanDiff(String header) {
        return new Column(
                header,
                row -> compare(row.spec().paper().cleanDiff(), row.stats().meanCleanDiff(), null, NumberText::measure));
    }

    /**
     * Our trials: solved/finished, with diverged and failed counts when there are any, and the planned count when
     * fewer trials than planned have run (a run stopped early).
     */
    public static Column trials() {
        return new Column("trials (solved/run)", row -> {
            RowStatistics stats = row.stats();
            if (!stats.hasTrials()) {
                return Cell.setting("0/" + row.spec().trials(), 0.0);
            }
            StringBuilder text =
                    new StringBuilder().append(stats.solved()).append('/').append(stats.trials());
            if (stats.trials() < row.spec().trials()) {
                text.append(" of ").append(row.spec().trials()).append(" planned");
            }
            if (stats.diverged() > 0) {
                text.append(", ").append(stats.diverged()).append(" diverged");
            }
            if (stats.failed() > 0) {
                text.append(", ").append(stats.failed()).append(" failed");
            }
            return Cell.setting(text.toString(), (double) stats.trials());
        });
    }

    private static Cell meanToSuccess(String paperText, Double paperValue, RowStatistics stats) {
        if (stats.meanToSuccess() == null) {
            return new Cell(paperText, paperValue, stats.hasTrials() ? "none solved" : Cell.NONE, null, null, null);
        }
        Interval ci = stats.meanToSuccessInterval();
        if (stats.solved() == 1) {
            // the interval of one value is that value: say what the mean rests on instead
            return new Cell(
                    paperText,
                    paperValue,
                    NumberText.count(stats.meanToSuccess()) + " " + ONE_TRIAL,
                    stats.meanToSuccess(),
                    null,
                    null);
        }
        if (ci == null) {
            return new Cell(
                    paperText, paperValue, NumberText.count(stats.meanToSuccess()), stats.meanToSuccess(), null, null);
        }
        String ours = NumberText.count(stats.meanToSuccess()) + " [" + NumberText.countRange(ci) + "]";
        return new Cell(paperText, paperValue, ours, stats.meanToSuccess(), ci.low(), ci.high());
    }

    private static Cell compare(Double paper, Double ours, Interval ci, Function<Double, String> format) {
        String oursText = ours == null ? Cell.NONE : format.apply(ours);
        if (ci != null && ours != null) {
            oursText += " [" + format.apply(ci.low()) + NumberText.RANGE + format.apply(ci.high()) + "]";
        }
        return new Cell(
                text(paper, format),
                paper,
                oursText,
                ours,
                ci == null ? null : ci.low(),
                ci == null ? null : ci.high());
    }

    private static String text(Double value, Function<Double, String> format) {
        return value == null ? Cell.NONE : format.apply(value);
    }

    private static Cell setting(Double value) {
        return Cell.setting(value == null ? Cell.NONE : NumberText.smallCount(value), value);
    }
}
