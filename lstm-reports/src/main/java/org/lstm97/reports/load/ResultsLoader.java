package org.lstm97.reports.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.run.TrialResult;

/**
 * Loads a results folder: every sub-folder holding {@code experiment.json} or {@code trials.jsonl} is an
 * experiment. An experiment without {@code trials.jsonl} has run no trial yet; one without
 * {@code experiment.json} is an error.
 */
public final class ResultsLoader {
    public static final String EXPERIMENT_FILE = "experiment.json";
    public static final String TRIALS_FILE = "trials.jsonl";

    private final ExperimentSpecReader specReader = new ExperimentSpecReader();
    private final TrialLinesReader trialsReader = new TrialLinesReader();

    public ResultSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir + ": no such results folder");
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(dir)) {
            folders = children.filter(Files::isDirectory)
                    .filter(d -> Files.exists(d.resolve(EXPERIMENT_FILE)) || Files.exists(d.resolve(TRIALS_FILE)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (folders.isEmpty()) {
            throw new ConfigException(dir + ": no experiments (no <experiment>/" + EXPERIMENT_FILE + ")");
        }
        List<String> warnings = new ArrayList<>();
        List<ExperimentResults> experiments = new ArrayList<>();
        for (Path folder : folders) {
            experiments.add(loadExperiment(folder, warnings));
        }
        return new ResultSet(dir, experiments, warnings);
    }

    private ExperimentResults loadExperiment(Path folder, List<String> warnings) {
        Path specFile = folder.resolve(EXPERIMENT_FILE);
        if (!Files.exists(specFile)) {
            throw new ConfigException(specFile + ": missing (every experiment folder needs its resolved experiment)");
        }
        ExperimentSpec spec = specReader.read(specFile);
        Path trialsFile = folder.resolve(TRIALS_FILE);
        List<TrialResult> trials = Files.exists(trialsFile) ? trialsReader.read(trialsFile, warnings::add) : List.of();
        Set<String> unplanned = new LinkedHashSet<>();
        for (TrialResult trial : trials) {
            if (spec.row(trial.row()).isEmpty()) {
                unplanned.add(trial.row());
            }
        }
        for (String row : unplanned) {
            warnings.add(trialsFile + ": row '" + row + "' is not in " + EXPERIMENT_FILE + "; reported after the paper's rows");
        }
        return new ExperimentResults(spec, trials);
    }
}
