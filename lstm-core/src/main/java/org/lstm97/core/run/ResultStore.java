package org.lstm97.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The results folder of one experiment while a run writes it: its {@link FolderLock} (no second run in the
 * folder) and its {@link TrialLog} ({@code trials.jsonl}: append + force, torn-tail recovery, the supersede
 * rewrite). Safe to call from the executor's threads and from a signal's shutdown hook.
 *
 * <p>{@link #open} writes nothing but the folder and the lock; {@link #discard()} undoes both when a run cannot
 * start, so a refused run leaves the folder as it was.
 */
public final class ResultStore implements AutoCloseable {
    public static final String TRIALS = TrialLog.FILE;
    public static final String TORN = TrialLog.TORN;
    public static final String LOCK = FolderLock.FILE;

    private final Path dir;
    private final boolean createdDir;
    private final FolderLock lock;
    private final TrialLog log;
    private boolean closed;

    private ResultStore(Path dir, boolean createdDir, FolderLock lock, TrialLog log) {
        this.dir = dir;
        this.createdDir = createdDir;
        this.lock = lock;
        this.log = log;
    }

    /**
     * Opens (creating if needed) the results of one experiment in {@code dir}, taking its lock and reading
     * (checking) every stored line. Writes nothing else.
     *
     * @throws ResultsException when the folder is in use by another run or a stored line is bad
     */
    public static ResultStore open(Path dir) {
        boolean createdDir = !Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ResultsException(dir + ": cannot create the results folder (" + e.getMessage() + ")");
        }
        FolderLock lock;
        try {
            lock = FolderLock.take(dir);
        } catch (RuntimeException e) {
            deleteIfCreated(dir, createdDir);
            throw e;
        }
        TrialLog log;
        try {
            log = TrialLog.read(dir);
        } catch (RuntimeException e) {
            lock.close();
            deleteIfCreated(dir, createdDir);
            throw e;
        }
        return new ResultStore(dir, createdDir, lock, log);
    }

    /**
     * Moves a torn last line (a crash mid-write) to {@code trials.jsonl.torn} and truncates the file to its
     * last complete line; its trial runs again. Call before anything is appended.
     */
    public synchronized void setAsideTornLine() {
        log.setAsideTornLine();
    }

    /**
     * Marks the stored lines of {@code trials} whose configuration hash changed as superseded (rewriting the
     * file atomically, before anything is appended), so those trials run again. Returns how many were marked.
     */
    public synchronized int supersede(List<TrialSpec> trials) {
        return log.supersede(trials);
    }

    /** The trials among {@code trials} stored with another configuration hash. */
    public synchronized List<TrialSpec> changed(List<TrialSpec> trials) {
        return log.changed(trials);
    }

    /** True when {@code spec}'s key is stored with the same configuration hash. */
    public synchronized boolean has(TrialSpec spec) {
        return log.has(spec);
    }

    /** The latest stored result per key, in the order first stored. */
    public synchronized Map<String, TrialResult> results() {
        return log.results();
    }

    /** How many stored lines are superseded (marked, or replaced by a later line with the same key). */
    public synchronized int superseded() {
        return log.superseded();
    }

    /** What opening the store found worth telling the user (torn lines set aside, lines superseded). */
    public synchronized List<String> warnings() {
        return log.warnings();
    }

    /** The results folder. */
    public Path dir() {
        return dir;
    }

    /**
     * Appends one result and forces it to disk before returning. After {@link #close()} (a run being stopped)
     * the result is dropped and false returned: a line is either whole on disk or not there.
     */
    public synchronized boolean append(TrialResult result) {
        if (closed) {
            return false;
        }
        log.append(result);
        return true;
    }

    /** Ends the run's hold on the folder: closes the log, deletes the lock file and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.close();
        lock.close();
    }

    /** Closes the store and removes the folder again if {@link #open} created it and nothing else is in it. */
    public synchronized void discard() {
        close();
        deleteIfCreated(dir, createdDir);
    }

    private static void deleteIfCreated(Path dir, boolean created) {
        if (!created) {
            return;
        }
        try (Stream<Path> children = Files.list(dir)) {
            if (children.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // an empty folder left behind is harmless
        }
    }
}
