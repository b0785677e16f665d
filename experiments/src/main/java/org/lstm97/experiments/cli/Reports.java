package org.lstm97.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.ResultStore;
import org.lstm97.core.run.TrialResult;

/** The short summary printed after a run: per experiment and row, trials, success and mean sequences. */
final class Reports {
    private Reports() {
    }

    static void printSummary(Path results, PrintWriter out) {
        if (!Files.isDirectory(results)) {
            throw new ConfigException(results + ": no such results folder");
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.list(results)) {
            dirs = s.filter(d -> Files.isRegularFile(d.resolve(ResultStore.TRIALS))).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(results + ": cannot list (" + e.getMessage() + ")");
        }
        out.printf("%-28s %-26s %6s %7s %9s %12s%n", "experiment", "row", "trials", "solved", "success", "mean seqs");
        for (Path dir : dirs) {
            Map<String, List<TrialResult>> byRow = new LinkedHashMap<>();
            for (TrialResult r : read(dir.resolve(ResultStore.TRIALS)).values()) {
                byRow.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r);
            }
            byRow.forEach((row, rs) -> {
                long solved = rs.stream().filter(TrialResult::solved).count();
                double mean = rs.stream().filter(TrialResult::solved).mapToLong(TrialResult::sequencesToSuccess)
                        .average().orElse(Double.NaN);
                out.printf("%-28s %-26s %6d %7d %8.0f%% %12s%n", dir.getFileName(), row, rs.size(), solved,
                        100.0 * solved / rs.size(), Double.isNaN(mean) ? "-" : String.format("%,.0f", mean));
            });
        }
    }

    /** The latest result per key; a torn last line is ignored (the next run sets it aside). */
    static Map<String, TrialResult> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Map<String, TrialResult> latest = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                TrialResult r = ResultJson.parse(lines.get(i));
                latest.put(r.key(), r);
            } catch (IllegalArgumentException e) {
                if (i < lines.size() - 1) {
                    throw new ConfigException(file + ":" + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return latest;
    }
}
