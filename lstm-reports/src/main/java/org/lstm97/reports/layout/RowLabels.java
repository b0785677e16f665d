package org.lstm97.reports.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lstm97.core.config.SettingChange;

/**
 * A paper row label that says what ran: where a profile or a {@code --set} changed a task or learner setting
 * the label names ("LSTM, p = 100" run at p = 10), the value in the label is replaced ("LSTM, p = 10"); a
 * change the label does not name is added in brackets ("LSTM, 4 blocks [run with blocks = 2]").
 */
public final class RowLabels {
    private RowLabels() {}

    /** {@code label} with {@code changes} applied. */
    public static String asRun(String label, List<SettingChange> changes) {
        String out = label;
        List<String> unnamed = new ArrayList<>();
        for (SettingChange change : changes) {
            String key = change.setting().substring(change.setting().indexOf('.') + 1);
            if (key.equals("type")) {
                unnamed.add(change.setting() + " = " + text(change.run()));
                continue;
            }
            Pattern named = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(key) + "(\\s*=\\s*)"
                    + Pattern.quote(text(change.paper())) + "(?![0-9.])");
            Matcher m = named.matcher(out);
            if (change.paper() != null && m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(key) + "$1" + Matcher.quoteReplacement(text(change.run())));
            } else {
                unnamed.add(key + " = " + text(change.run()));
            }
        }
        return unnamed.isEmpty() ? out : out + " [run with " + String.join(", ", unnamed) + "]";
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }
}
