package org.lstm97.reports.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lstm97.core.run.TrialLines;
import org.lstm97.core.run.TrialResult;

/**
 * Reads {@code trials.jsonl} with the result store's own reader, {@link TrialLines}: every field of every
 * line is checked (a bad line is an error naming file, line and field), a torn last line (bytes after the
 * last newline, a crash mid-write) is skipped with a warning, superseded lines do not count, and of two lines
 * with the same key the last one counts.
 */
public final class TrialLinesReader {

    /** Reads every complete line of {@code file}; {@code warnings} hears about a torn last line. */
    public List<TrialResult> read(Path file, Consumer<String> warnings) {
        TrialLines.Contents contents = TrialLines.read(file);
        if (contents.torn() != null) {
            warnings.accept(
                    file + ":" + contents.torn().number() + ": skipped a torn last line (a trial cut off by a crash)");
        }
        return new ArrayList<>(contents.latest().values());
    }
}
