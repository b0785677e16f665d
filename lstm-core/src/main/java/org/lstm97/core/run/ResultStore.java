package org.lstm97.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstm97.core.config.ConfigException;

/**
 * The results of one experiment: {@code <dir>/trials.jsonl}, one {@link TrialResult} per line, appended and
 * forced to disk before the next is recorded, so a crash loses at most the trial that was running.
 *
 * <ul>
 *   <li>Lines are read by {@link TrialLines}, the one reader of result lines (every field checked; a bad
 *       line is an error naming file, line and field). A torn last line (a crash mid-write) is moved to
 *       {@code trials.jsonl.torn} by {@link #setAsideTornLine()}, reported, and the file truncated to its last
 *       complete line.</li>
 *   <li>A trial stored under a configuration hash that no longer matches its row is run again; before that,
 *       {@link #supersede} rewrites the file once (atomically) with {@code "superseded": true} on the old line,
 *       which is kept for the record but no longer counts. Nothing else ever rewrites a line. Should a key
 *       still appear twice, the last line wins.</li>
 *   <li>A lock ({@code .lock}, held with {@link FileChannel#tryLock()}) keeps a second run out of the folder.
 *       {@link #close()} deletes it; a killed run leaves the file behind, but the operating system drops the
 *       lock with the process, so a stale file never blocks the next run. Its text says what it is.</li>
 *   <li>{@link #open} writes nothing but the folder and the lock; {@link #discard()} undoes both when a run
 *       cannot start, so a refused run leaves the folder as it was.</li>
 * </ul>
 */
public final class ResultStore implements AutoCloseable {
    public static final String TRIALS = "trials.jsonl";
    public static final String TORN = "trials.jsonl.torn";
    public static final String LOCK = ".lock";

    private final Path dir;
    private final Path file;
    private final Path lockFile;
    private final boolean createdDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, TrialResult> latest = new LinkedHashMap<>();
    private final Map<String, Integer> latestLine = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private TrialLines.Torn torn;
    private int superseded;
    private FileChannel out;
    private boolean closed;

    private ResultStore(Path dir, boolean createdDir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.file = dir.resolve(TRIALS);
        this.lockFile = dir.resolve(LOCK);
        this.createdDir = createdDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating if needed) the results of one experiment in {@code dir}, taking its lock and reading
     * (checking) every stored line. Writes nothing else.
     *
     * @throws ConfigException when the folder is in use by another run or a stored line is bad
     */
    public static ResultStore open(Path dir) {
        boolean createdDir = !Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot create the results folder (" + e.getMessage() + ")");
        }
        Path lockFile = dir.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            deleteIfCreated(dir, createdDir);
            throw new ConfigException(lockFile + ": cannot open the lock file (" + e.getMessage() + ")");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigException(lockFile + ": cannot lock the results folder (" + e.getMessage() + ")");
        }
        String text = holderText();
        if (lock != null && !claim(channel, lockFile, text)) {
            closeQuietly(channel);
            lock = null;
        }
        if (lock == null) {
            String holder = readHolder(lockFile);
            closeQuietly(channel);
            throw new ConfigException(dir + ": the results folder is in use by another run ("
                    + (holder.isBlank() ? "holder unknown" : holder) + ")");
        }
        ResultStore store = new ResultStore(dir, createdDir, channel, lock);
        try {
            store.load();
        } catch (RuntimeException e) {
            store.discard();
            throw e;
        }
        return store;
    }

    /**
     * Writes the holder text into the locked file and checks that the file at the path is the one locked: a
     * run that ended deletes its lock file, so a run that opened the old file just before could hold a lock on
     * a file nobody else sees.
     */
    private static boolean claim(FileChannel channel, Path lockFile, String text) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return Files.exists(lockFile) && text.equals(Files.readString(lockFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static String holderText() {
        return "lstm97 run lock: pid " + ProcessHandle.current().pid() + " ("
                + ManagementFactory.getRuntimeMXBean().getName() + "), since "
                + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n"
                + "This file marks a results folder that an lstm97 run is writing; the run deletes it when it ends.\n"
                + "If no such process is running, the run was killed: its lock died with it, and the next run takes\n"
                + "the folder over (deleting this file is safe then).\n";
    }

    private static String readHolder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            return first.startsWith("lstm97 run lock: ") ? first.substring("lstm97 run lock: ".length()) : first;
        } catch (IOException e) {
            return "";
        }
    }

    private void load() {
        TrialLines.Contents contents = TrialLines.read(file);
        for (TrialLines.Line line : contents.lines()) {
            lines.add(line.text());
            if (line.result() == null) {
                continue;
            }
            if (line.superseded()) {
                superseded++;
            } else {
                record(line.result());
                latestLine.put(line.result().key(), lines.size() - 1);
            }
        }
        torn = contents.torn();
    }

    private void record(TrialResult result) {
        if (latest.put(result.key(), result) != null) {
            superseded++;
        }
    }

    /**
     * Moves a torn last line (a crash mid-write) to {@code trials.jsonl.torn} and truncates the file to its
     * last complete line; its trial runs again. Call before anything is appended.
     */
    public synchronized void setAsideTornLine() {
        if (torn == null) {
            return;
        }
        Path tornFile = file.resolveSibling(TORN);
        try {
            Files.write(tornFile, torn.bytes(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.write(tornFile, new byte[] {'\n'}, StandardOpenOption.APPEND);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(torn.offset());
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        warnings.add(file + ":" + torn.number() + ": torn last line (a crash mid-write?) moved to "
                + tornFile.getFileName() + "; its trial will run again");
        torn = null;
    }

    /**
     * Marks the stored lines of {@code trials} whose configuration hash changed as superseded (rewriting the
     * file atomically, before anything is appended), so those trials run again. Returns how many were marked.
     */
    public synchronized int supersede(List<TrialSpec> trials) {
        List<Integer> marked = new ArrayList<>();
        for (TrialSpec t : trials) {
            TrialResult stored = latest.get(t.key());
            if (stored != null && !stored.configHash().equals(t.row().configHash())) {
                marked.add(latestLine.get(t.key()));
                latest.remove(t.key());
                latestLine.remove(t.key());
            }
        }
        if (marked.isEmpty()) {
            return 0;
        }
        if (out != null) {
            throw new IllegalStateException("supersede must run before any append");
        }
        if (torn != null) {
            throw new IllegalStateException("set the torn line aside before superseding");
        }
        for (int index : marked) {
            lines.set(index, ResultJson.markSuperseded(lines.get(index)));
        }
        writeAtomically(file, String.join("\n", lines) + "\n");
        superseded += marked.size();
        warnings.add(file + ": " + marked.size() + " stored trials have a changed configuration; their lines are "
                + "marked superseded and the trials run again");
        return marked.size();
    }

    /** The trials among {@code trials} stored with another configuration hash. */
    public synchronized List<TrialSpec> changed(List<TrialSpec> trials) {
        List<TrialSpec> changed = new ArrayList<>();
        for (TrialSpec t : trials) {
            TrialResult stored = latest.get(t.key());
            if (stored != null && !stored.configHash().equals(t.row().configHash())) {
                changed.add(t);
            }
        }
        return changed;
    }

    /** True when {@code spec}'s key is stored with the same configuration hash. */
    public boolean has(TrialSpec spec) {
        TrialResult stored = latest.get(spec.key());
        return stored != null && stored.configHash().equals(spec.row().configHash());
    }

    /** The latest stored result per key, in the order first stored. */
    public synchronized Map<String, TrialResult> results() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(latest));
    }

    /** How many stored lines are superseded (marked, or replaced by a later line with the same key). */
    public int superseded() {
        return superseded;
    }

    /** What opening the store found worth telling the user (torn lines set aside). */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
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
        if (torn != null) {
            throw new IllegalStateException("set the torn line aside before appending");
        }
        byte[] line = (ResultJson.line(result) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (out == null) {
                out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        record(result);
        return true;
    }

    /** Writes {@code text} to {@code target} atomically: a temporary file, forced, then renamed. */
    public static void writeAtomically(Path target, String text) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** Ends the run's hold on the folder: closes the file, deletes the lock file and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(out);
        try {
            // deleted while still locked, so no other run can have taken this file meanwhile
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // a lock file left behind is harmless: its lock dies with the channel
        }
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // released when the channel closes
        }
        closeQuietly(lockChannel);
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
        try (java.util.stream.Stream<Path> children = Files.list(dir)) {
            if (children.findAny().isEmpty()) {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            // an empty folder left behind is harmless
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // nothing more to do
            }
        }
    }
}
