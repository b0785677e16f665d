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
 *   <li>A torn last line (a crash mid-write) is moved to {@code trials.jsonl.torn}, reported, and the file
 *       truncated to its last complete line; a bad line elsewhere is an error naming file and line.</li>
 *   <li>A trial stored under a configuration hash that no longer matches its row is run again; before that,
 *       {@link #supersede} rewrites the file once (atomically) with {@code "superseded": true} on the old line,
 *       which is kept for the record but no longer counts. Nothing else ever rewrites a line. Should a key
 *       still appear twice, the last line wins.</li>
 *   <li>A lock ({@code .lock}, held with {@link FileChannel#tryLock()}) keeps a second run out of the folder;
 *       the operating system drops it when the holder dies, so a stale lock never blocks the next run.</li>
 * </ul>
 */
public final class ResultStore implements AutoCloseable {
    public static final String TRIALS = "trials.jsonl";
    public static final String TORN = "trials.jsonl.torn";
    public static final String LOCK = ".lock";

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, TrialResult> latest = new LinkedHashMap<>();
    private final Map<String, Integer> latestLine = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int superseded;
    private FileChannel out;

    private ResultStore(Path dir, FileChannel lockChannel, FileLock lock) {
        this.file = dir.resolve(TRIALS);
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating if needed) the results of one experiment in {@code dir}, taking its lock. */
    public static ResultStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot create the results folder (" + e.getMessage() + ")");
        }
        Path lockFile = dir.resolve(LOCK);
        boolean createdLock = !Files.exists(lockFile);
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new ConfigException(lockFile + ": cannot open the lock file (" + e.getMessage() + ")");
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigException(lockFile + ": cannot lock the results folder (" + e.getMessage() + ")");
        }
        if (lock == null) {
            String holder = readHolder(lockFile);
            closeQuietly(channel);
            throw new ConfigException(dir + ": the results folder is in use by another run ("
                    + (holder.isBlank() ? "holder unknown" : holder) + ")");
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        }
        ResultStore store = new ResultStore(dir, channel, lock);
        try {
            store.load();
        } catch (RuntimeException e) {
            store.close();
            if (createdLock) {
                try {
                    Files.deleteIfExists(lockFile);
                } catch (IOException ignored) {
                    // an empty lock file is harmless
                }
            }
            throw e;
        }
        return store;
    }

    private static String holderText() {
        return "pid " + ProcessHandle.current().pid() + " (" + ManagementFactory.getRuntimeMXBean().getName()
                + "), since " + Instant.now();
    }

    private static String readHolder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart < bytes.length) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            boolean complete = end < bytes.length;
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.UTF_8);
            if (!complete) {
                setAsideTornTail(bytes, lineStart, lineNumber);
                return;
            }
            lines.add(line);
            if (!line.isBlank()) {
                TrialResult result;
                try {
                    result = ResultJson.parse(line);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(file + ":" + lineNumber + ": " + e.getMessage());
                }
                if (ResultJson.isSuperseded(line)) {
                    superseded++;
                } else {
                    record(result);
                    latestLine.put(result.key(), lines.size() - 1);
                }
            }
            lineStart = end + 1;
        }
    }

    private void record(TrialResult result) {
        if (latest.put(result.key(), result) != null) {
            superseded++;
        }
    }

    private void setAsideTornTail(byte[] bytes, int tailStart, int lineNumber) {
        Path torn = file.resolveSibling(TORN);
        try {
            Files.write(torn, java.util.Arrays.copyOfRange(bytes, tailStart, bytes.length),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.write(torn, new byte[] {'\n'}, StandardOpenOption.APPEND);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(tailStart);
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        warnings.add(file + ":" + lineNumber + ": torn last line (a crash mid-write?) moved to " + torn.getFileName()
                + "; its trial will run again");
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
    public Map<String, TrialResult> results() {
        return java.util.Collections.unmodifiableMap(latest);
    }

    /** How many stored lines are superseded (marked, or replaced by a later line with the same key). */
    public int superseded() {
        return superseded;
    }

    /** What opening the store found worth telling the user (torn lines set aside). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Appends one result and forces it to disk before returning. */
    public synchronized void append(TrialResult result) {
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

    @Override
    public synchronized void close() {
        closeQuietly(out);
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // released when the channel closes
        }
        closeQuietly(lockChannel);
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
