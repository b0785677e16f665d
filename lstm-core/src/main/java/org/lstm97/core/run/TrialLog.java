package org.lstm97.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trial lines of one experiment: {@code <dir>/trials.jsonl}, one {@link TrialResult} per line, appended
 * and forced to disk before the next is recorded, so a crash loses at most the trial that was running.
 *
 * <ul>
 *   <li>Lines are read by {@link TrialLines}, the one reader of result lines. A torn last line (a crash
 *       mid-write) is moved to {@code trials.jsonl.torn} by {@link #setAsideTornLine()}, reported, and the
 *       file truncated to its last complete line.</li>
 *   <li>{@link #supersede} rewrites the file once ({@link AtomicFiles}) with {@code "superseded": true} on the
 *       lines of trials whose configuration hash changed; the old line is kept for the record but no longer
 *       counts. Nothing else ever rewrites a line. Should a key still appear twice, the last line wins.</li>
 * </ul>
 * Not thread-safe on its own: {@link ResultStore} guards it.
 */
final class TrialLog implements AutoCloseable {
    static final String FILE = "trials.jsonl";
    static final String TORN = "trials.jsonl.torn";

    private final Path file;
    private final Map<String, TrialResult> latest = new LinkedHashMap<>();
    private final Map<String, Integer> latestLine = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private TrialLines.Torn torn;
    private int superseded;
    private FileChannel out;

    private TrialLog(Path file) {
        this.file = file;
    }

    /**
     * Reads (checks) every stored line of {@code dir}'s log; a missing file is an empty log. Writes nothing.
     *
     * @throws ResultsException naming file, line and field of a bad line
     */
    static TrialLog read(Path dir) {
        TrialLog log = new TrialLog(dir.resolve(FILE));
        TrialLines.Contents contents = TrialLines.read(log.file);
        for (TrialLines.Line line : contents.lines()) {
            log.lines.add(line.text());
            if (line.result() == null) {
                continue;
            }
            if (line.superseded()) {
                log.superseded++;
            } else {
                log.record(line.result());
                log.latestLine.put(line.result().key(), log.lines.size() - 1);
            }
        }
        log.torn = contents.torn();
        return log;
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
    void setAsideTornLine() {
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
    int supersede(List<TrialSpec> trials) {
        List<Integer> marked = new ArrayList<>();
        for (TrialSpec t : changed(trials)) {
            marked.add(latestLine.remove(t.key()));
            latest.remove(t.key());
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
        AtomicFiles.write(file, String.join("\n", lines) + "\n");
        superseded += marked.size();
        warnings.add(file + ": " + marked.size() + " stored trials have a changed configuration; their lines are "
                + "marked superseded and the trials run again");
        return marked.size();
    }

    /** The trials among {@code trials} stored with another configuration hash. */
    List<TrialSpec> changed(List<TrialSpec> trials) {
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
    boolean has(TrialSpec spec) {
        TrialResult stored = latest.get(spec.key());
        return stored != null && stored.configHash().equals(spec.row().configHash());
    }

    /** The latest stored result per key, in the order first stored. */
    Map<String, TrialResult> results() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(latest));
    }

    /** How many stored lines are superseded (marked, or replaced by a later line with the same key). */
    int superseded() {
        return superseded;
    }

    /** What reading and superseding found worth telling the user. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Appends one result as one line and forces it to disk before returning. */
    void append(TrialResult result) {
        if (torn != null) {
            throw new IllegalStateException("set the torn line aside before appending");
        }
        byte[] line = (ResultJson.line(result) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            if (out == null) {
                boolean created = !Files.exists(file);
                out = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                if (created) {
                    AtomicFiles.forceDirectory(file.toAbsolutePath().getParent());
                }
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

    /** Closes the file; later appends are the store's to refuse. */
    @Override
    public void close() {
        FolderLock.closeQuietly(out);
    }
}
