package org.lstm97.reports.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lstm97.core.run.ResultsException;
import org.lstm97.core.run.TrialResult;

/**
 * Loads a results folder: every sub-folder holding {@code experiment.json} or {@code trials.jsonl} is an
 * experiment; a folder that holds {@code experiment.json} itself is one experiment's results (what
 * {@code lstm97 run FILE} writes). An experiment without {@code trials.jsonl} has run no trial yet; one without
 * {@code experiment.json} is an error.
 *
 * <p>With a {@link PaperSuite}, a folder holding any of the paper's experiments is a paper folder: only the
 * paper's experiments and their rows are kept; anything else is left out with a warning naming how to report
 * it on its own.
 */
public final class ResultsLoader {
    public static final String EXPERIMENT_FILE = "experiment.json";
    public static final String TRIALS_FILE = "trials.jsonl";

    private final PlannedExperimentReader specReader = new PlannedExperimentReader();
    private final TrialLinesReader trialsReader = new TrialLinesReader();

    public ResultSet load(Path dir) {
        return load(dir, PaperSuite.NONE);
    }

    /** Loads {@code dir}; a paper folder (one holding any of {@code suite}'s experiments) keeps only those. */
    public ResultSet load(Path dir, PaperSuite suite) {
        if (!Files.isDirectory(dir)) {
            throw new ResultsException(dir + ": no such results folder");
        }
        List<Path> folders;
        if (Files.exists(dir.resolve(EXPERIMENT_FILE))) {
            folders = List.of(dir);
        } else {
            try (Stream<Path> children = Files.list(dir)) {
                folders = children.filter(Files::isDirectory)
                        .filter(d -> Files.exists(d.resolve(EXPERIMENT_FILE)) || Files.exists(d.resolve(TRIALS_FILE)))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new ResultsException(dir + ": cannot list: " + e.getMessage(), e);
            }
        }
        if (folders.isEmpty()) {
            throw new ResultsException(dir + ": no experiments (no <experiment>/" + EXPERIMENT_FILE + ")");
        }
        List<String> warnings = new ArrayList<>();
        List<ExperimentResults> experiments = new ArrayList<>();
        for (Path folder : folders) {
            experiments.add(loadExperiment(folder, warnings));
        }
        if (experiments.stream().anyMatch(e -> suite.holds(e.spec()))) {
            experiments = paperOnly(experiments, suite, warnings);
        }
        return new ResultSet(dir, experiments, warnings);
    }

    private static List<ExperimentResults> paperOnly(
            List<ExperimentResults> experiments, PaperSuite suite, List<String> warnings) {
        List<ExperimentResults> kept = new ArrayList<>();
        for (ExperimentResults e : experiments) {
            String name = e.spec().experiment();
            if (!suite.holds(e.spec())) {
                warnings.add(e.folder() + ": '" + name + "' is not one of the paper's experiment files; left out of "
                        + "the paper's tables (report it on its own: lstm97 report --results " + e.folder() + ")");
                continue;
            }
            List<PlannedRow> rows = e.spec().rows().stream()
                    .filter(r -> suite.holdsRow(name, r.row()))
                    .toList();
            Set<String> foreign = new LinkedHashSet<>();
            e.spec().rows().stream()
                    .map(PlannedRow::row)
                    .filter(r -> !suite.holdsRow(name, r))
                    .forEach(foreign::add);
            e.trials().stream()
                    .map(TrialResult::row)
                    .filter(r -> !suite.holdsRow(name, r))
                    .forEach(foreign::add);
            for (String row : foreign) {
                warnings.add(e.folder() + ": row '" + row + "' is not in the paper's file " + name
                        + "; left out of the paper's tables");
            }
            PlannedExperiment s = e.spec();
            PlannedExperiment spec = new PlannedExperiment(
                    s.format(),
                    s.experiment(),
                    s.table(),
                    s.title(),
                    s.profile(),
                    s.seed(),
                    s.source(),
                    s.commit(),
                    s.machine(),
                    s.createdAt(),
                    rows,
                    s.overrides());
            kept.add(new ExperimentResults(
                    spec,
                    e.trials().stream()
                            .filter(t -> suite.holdsRow(name, t.row()))
                            .toList(),
                    e.folder()));
        }
        return kept;
    }

    private ExperimentResults loadExperiment(Path folder, List<String> warnings) {
        Path specFile = folder.resolve(EXPERIMENT_FILE);
        if (!Files.exists(specFile)) {
            throw new ResultsException(specFile + ": missing (every experiment folder needs its resolved experiment)");
        }
        PlannedExperiment spec = specReader.read(specFile);
        Path trialsFile = folder.resolve(TRIALS_FILE);
        List<TrialResult> trials = Files.exists(trialsFile) ? trialsReader.read(trialsFile, warnings::add) : List.of();
        Set<String> unplanned = new LinkedHashSet<>();
        for (TrialResult trial : trials) {
            if (spec.row(trial.row()).isEmpty()) {
                unplanned.add(trial.row());
            }
        }
        for (String row : unplanned) {
            warnings.add(trialsFile + ": row '" + row + "' is not in " + EXPERIMENT_FILE
                    + "; reported after the paper's rows");
        }
        return new ExperimentResults(spec, trials, folder);
    }
}
