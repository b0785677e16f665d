package org.lstm97.reports.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.run.TrialResult;

/**
 * Reads {@code trials.jsonl}: one {@link TrialResult} per line, unknown fields ignored. A last line that does
 * not parse is a trial torn by a crash: it is skipped with a warning. Any other bad line is an error that
 * names the file and line.
 */
public final class TrialLinesReader {

    /** Reads every complete line of {@code file}; {@code warnings} hears about a torn last line. */
    public List<TrialResult> read(Path file, Consumer<String> warnings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        List<TrialResult> trials = new ArrayList<>();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            TrialResult trial;
            try {
                trial = JsonFiles.MAPPER.readValue(line, TrialResult.class);
            } catch (JsonProcessingException | RuntimeException e) {
                if (i == last - 1) {
                    warnings.accept(file + ":" + (i + 1) + ": skipped a torn last line (a trial cut off by a crash)");
                    continue;
                }
                throw new ConfigException(file + ":" + (i + 1) + ": not a result line: " + firstLine(e));
            }
            if (trial.format() != TrialResult.FORMAT) {
                throw new ConfigException(file + ":" + (i + 1) + ": unknown result-line format " + trial.format()
                        + " (this build reads format " + TrialResult.FORMAT + ")");
            }
            if (trial.row() == null) {
                throw new ConfigException(file + ":" + (i + 1) + ": result line without 'row'");
            }
            trials.add(trial);
        }
        return trials;
    }

    private static String firstLine(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
