package org.lstm97.core.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Keeps a second run out of a results folder: {@code <dir>/.lock}, held with {@link FileChannel#tryLock()}.
 * Its text says which process holds it and what the file is. {@link #close()} deletes the file (while still
 * locked) and releases the lock; a killed run leaves the file behind, but the operating system drops the lock
 * with the process, so a stale file never blocks the next run.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE = ".lock";
    private static final String PREFIX = "lstm97 run lock: ";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of the existing folder {@code dir}.
     *
     * @throws ResultsException when another run holds it, naming that run, or the lock file cannot be used
     */
    static FolderLock take(Path dir) {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new ResultsException(file + ": cannot open the lock file (" + e.getMessage() + ")");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ResultsException(file + ": cannot lock the results folder (" + e.getMessage() + ")");
        }
        if (lock != null && !claim(channel, file, holderText())) {
            closeQuietly(channel);
            lock = null;
        }
        if (lock == null) {
            String holder = readHolder(file);
            closeQuietly(channel);
            throw new ResultsException(dir + ": the results folder is in use by another run ("
                    + (holder.isBlank() ? "holder unknown" : holder) + ")");
        }
        return new FolderLock(file, channel, lock);
    }

    /**
     * Writes the holder text into the locked file and checks that the file at the path is the one locked: a
     * run that ended deletes its lock file, so a run that opened the old file just before could hold a lock on
     * a file nobody else sees.
     */
    private static boolean claim(FileChannel channel, Path file, String text) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return Files.exists(file) && text.equals(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static String holderText() {
        return PREFIX + "pid " + ProcessHandle.current().pid() + " ("
                + ManagementFactory.getRuntimeMXBean().getName() + "), since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "This file marks a results folder that an lstm97 run is writing; the run deletes it when it ends.\n"
                + "If no such process is running, the run was killed: its lock died with it, and the next run takes\n"
                + "the folder over (deleting this file is safe then).\n";
    }

    private static String readHolder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            return first.startsWith(PREFIX) ? first.substring(PREFIX.length()) : first;
        } catch (IOException e) {
            return "";
        }
    }

    /** Deletes the lock file (while still locked, so no other run can have taken it meanwhile) and releases it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Files.deleteIfExists(file);
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
        closeQuietly(channel);
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // nothing more to do
            }
        }
    }
}
