package org.lstm97.core.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;

/**
 * Runs experiments into results folders: expands rows into trials, skips trials already stored with the
 * same configuration hash, runs the rest on an executor, and appends each result as it finishes.
 * {@code <folder>/experiment.json} records the resolved experiment beside its trials.
 *
 * <p>Nothing is written before every experiment's folder is known to be usable: each folder is opened
 * (locked, every stored line checked) first, and if any cannot be, the others are left as they were.
 * {@link #stop()} (a signal) ends a run with every stored line whole and every lock file removed.
 */
public final class ExperimentRunner {
    /** The resolved experiment beside its trials. */
    public static final String EXPERIMENT_FILE = ExperimentFile.NAME;

    /** Hears about a run's progress (a progress bar, a log). */
    public interface Listener {
        Listener NONE = new Listener() {};

        /** Before any trial runs: how many trials will run and how many were already stored. */
        default void started(int toRun, int alreadyStored) {}

        /** After each finished trial. */
        default void finished(TrialResult result) {}

        /** Something worth telling the user (a torn line set aside). */
        default void warn(String message) {}
    }

    /** What a run did. */
    public record Summary(int ran, int skipped, int solved, int diverged, int failed) {}

    private final TrialExecutor executor;
    private final Function<ExperimentSpec, Path> folders;
    private final Listener listener;
    private final Map<String, ResultStore> stores = new LinkedHashMap<>();
    private volatile boolean stopping;

    /** Stores each experiment in {@code <resultsRoot>/<experiment>}. */
    public ExperimentRunner(TrialExecutor executor, Path resultsRoot, Listener listener) {
        this(executor, e -> resultsRoot.resolve(e.name()), listener);
    }

    /** Stores each experiment in the folder {@code folders} names for it. */
    public ExperimentRunner(TrialExecutor executor, Function<ExperimentSpec, Path> folders, Listener listener) {
        this.executor = executor;
        this.folders = folders;
        this.listener = listener;
    }

    /** Every trial of every row of {@code experiment}, in row and trial order. */
    public static List<TrialSpec> trials(ExperimentSpec experiment) {
        List<TrialSpec> trials = new ArrayList<>();
        for (RowSpec row : experiment.rows()) {
            for (int i = 0; i < row.trials(); i++) {
                trials.add(new TrialSpec(row, i, experiment.profile()));
            }
        }
        return trials;
    }

    public Summary run(List<ExperimentSpec> experiments) throws InterruptedException {
        return run(experiments, false, row -> true, false);
    }

    /**
     * Runs {@code experiments}; with {@code planOnly}, only writes each resolved {@code experiment.json} (so
     * reports can list the planned rows as "not run") and runs no trial. Only trials of rows that {@code rows}
     * accepts run; {@code experiment.json} always lists every row. A selected trial stored with another
     * configuration is refused (a {@link ResultsException} naming the rows and what changed, before anything is
     * written) unless {@code rerunChanged}: then its stored line is marked superseded and it runs again.
     */
    public Summary run(
            List<ExperimentSpec> experiments, boolean planOnly, Predicate<RowSpec> rows, boolean rerunChanged)
            throws InterruptedException {
        try {
            open(experiments);
            if (!planOnly && !rerunChanged) {
                for (ExperimentSpec e : experiments) {
                    refuseChanged(e, stores.get(e.name()), rows);
                }
            }
            List<TrialSpec> pending = new ArrayList<>();
            int skipped = 0;
            for (ExperimentSpec e : experiments) {
                ResultStore store = stores.get(e.name());
                store.setAsideTornLine();
                ExperimentFile.of(e).write(store.dir().resolve(EXPERIMENT_FILE));
                List<TrialSpec> selected =
                        trials(e).stream().filter(t -> rows.test(t.row())).toList();
                if (!planOnly) {
                    store.supersede(selected);
                }
                store.warnings().forEach(listener::warn);
                for (TrialSpec t : selected) {
                    if (store.has(t)) {
                        skipped++;
                    } else {
                        pending.add(t);
                    }
                }
            }
            pending = interleave(pending);
            if (planOnly) {
                return new Summary(0, skipped, 0, 0, 0);
            }
            listener.started(pending.size(), skipped);
            int[] counts = new int[4];
            executor.execute(pending, result -> {
                if (stopping || !stores.get(result.experiment()).append(result)) {
                    return;
                }
                counts[0]++;
                switch (result.status()) {
                    case TrialResult.SOLVED -> counts[1]++;
                    case TrialResult.DIVERGED -> counts[2]++;
                    case TrialResult.FAILED -> counts[3]++;
                    default -> {}
                }
                listener.finished(result);
            });
            return new Summary(counts[0], skipped, counts[1], counts[2], counts[3]);
        } finally {
            closeStores();
        }
    }

    /**
     * Opens every experiment's folder before anything is written; if one cannot be opened (in use, a bad
     * stored line, results of another profile), the folders opened so far are left as they were.
     */
    private void open(List<ExperimentSpec> experiments) {
        synchronized (stores) {
            stores.clear();
        }
        Map<String, Path> planned = new LinkedHashMap<>();
        for (ExperimentSpec e : experiments) {
            if (planned.containsKey(e.name())) {
                throw new ConfigException(e.source() + ": experiment '" + e.name() + "' is given twice");
            }
            Path folder = folders.apply(e);
            checkProfile(folder, e);
            planned.put(e.name(), folder);
        }
        try {
            for (Map.Entry<String, Path> p : planned.entrySet()) {
                synchronized (stores) {
                    if (stopping) {
                        throw new ResultsException("stopped before the run started");
                    }
                    stores.put(p.getKey(), ResultStore.open(p.getValue()));
                }
            }
        } catch (RuntimeException e) {
            synchronized (stores) {
                stores.values().forEach(ResultStore::discard);
                stores.clear();
            }
            throw e;
        }
    }

    /** A folder holds one profile's results: another profile's run would mark them all superseded. */
    private static void checkProfile(Path folder, ExperimentSpec e) {
        Path file = folder.resolve(EXPERIMENT_FILE);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String stored;
        try {
            stored = ExperimentFile.read(file).profile();
        } catch (ResultsException ex) {
            return; // an unreadable plan is rewritten by this run
        }
        if (stored != null && !stored.isEmpty() && !stored.equals(e.profile())) {
            throw new ResultsException(folder + ": holds results of profile '" + stored + "'; a run of profile '"
                    + e.profile() + "' would supersede them (give another --results folder)");
        }
    }

    /**
     * Stops a run from another thread (a signal's shutdown hook): later results are dropped, every store is
     * closed (its last line whole, its lock file deleted). Returns the trials stored in the run's folders.
     */
    public int stop() {
        stopping = true;
        synchronized (stores) {
            int stored = 0;
            for (ResultStore store : stores.values()) {
                stored += store.results().size();
                store.close();
            }
            return stored;
        }
    }

    /** The trials stored in the folders of the run in progress (0 before it opened them). */
    public int storedTrials() {
        synchronized (stores) {
            return stores.values().stream().mapToInt(s -> s.results().size()).sum();
        }
    }

    private void closeStores() {
        synchronized (stores) {
            stores.values().forEach(ResultStore::close);
        }
    }

    /** Throws when trials of {@code e} are stored with another configuration, naming the rows and the changes. */
    private void refuseChanged(ExperimentSpec e, ResultStore store, Predicate<RowSpec> rows) {
        List<TrialSpec> changed =
                store.changed(trials(e).stream().filter(t -> rows.test(t.row())).toList());
        if (changed.isEmpty()) {
            return;
        }
        Path dir = store.dir();
        Map<String, ExperimentFile.Row> stored = ConfigDiff.storedRows(dir.resolve(EXPERIMENT_FILE));
        Map<String, RowSpec> changedRows = new LinkedHashMap<>();
        changed.forEach(t -> changedRows.putIfAbsent(t.row().row(), t.row()));
        List<String> parts = new ArrayList<>();
        for (RowSpec row : changedRows.values()) {
            if (parts.size() == 3) {
                parts.add("...");
                break;
            }
            parts.add(row.row() + ": " + ConfigDiff.describe(stored.get(row.row()), row));
        }
        throw new ResultsException(dir + ": " + changed.size() + " stored trials of " + changedRows.size()
                + " rows were made with another configuration (" + String.join("; ", parts) + "); run with "
                + "--rerun-changed to run them again (their lines are kept, marked superseded), or use another "
                + "--results folder");
    }

    /**
     * Orders trials round-robin over rows (trial 0 of every row, then trial 1, ...), so a long run that is
     * stopped early has measured every row a little rather than a few rows fully. The order never changes a
     * result: each trial's randomness comes from its own seed.
     */
    static List<TrialSpec> interleave(List<TrialSpec> trials) {
        List<TrialSpec> ordered = new ArrayList<>(trials);
        ordered.sort(Comparator.comparingInt(TrialSpec::trial));
        return ordered;
    }

    /** The resolved experiment as written to {@code experiment.json} ({@link ExperimentFile}). */
    public static String experimentJson(ExperimentSpec e) {
        return ExperimentFile.of(e).json();
    }
}
