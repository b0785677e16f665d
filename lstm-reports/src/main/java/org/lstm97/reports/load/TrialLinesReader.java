package org.lstm97.reports.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.TrialResult;

/**
 * Reads {@code trials.jsonl}: one {@link TrialResult} per line (parsed by the store's own
 * {@link ResultJson}). A last line that does not parse is a trial torn by a crash: it is skipped with a
 * warning. Any other bad line is an error that names the file and line. Lines marked superseded (a trial rerun
 * after its configuration changed) are skipped, and of two lines with the same key the last one counts, as in
 * the result store.
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
        Map<String, TrialResult> latest = new LinkedHashMap<>();
        for (int i = 0; i < last; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            TrialResult trial;
            try {
                trial = ResultJson.parse(line);
            } catch (IllegalArgumentException e) {
                if (i == last - 1 && e.getMessage().startsWith("not JSON")) {
                    warnings.accept(file + ":" + (i + 1) + ": skipped a torn last line (a trial cut off by a crash)");
                    continue;
                }
                throw new ConfigException(file + ":" + (i + 1) + ": " + e.getMessage());
            }
            if (trial.row() == null) {
                throw new ConfigException(file + ":" + (i + 1) + ": result line without 'row'");
            }
            if (!ResultJson.isSuperseded(line)) {
                latest.remove(trial.key());
                latest.put(trial.key(), trial);
            }
        }
        trials.addAll(latest.values());
        return trials;
    }
}
