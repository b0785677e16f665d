package org.lstm97.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Whole-file writes that a crash cannot leave half done: the text goes to a temporary file beside the target,
 * which is forced to disk and renamed over the target; then the directory is forced too, so the rename itself
 * survives a power cut.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code text} (UTF-8) to {@code target} atomically: a temporary file, forced, renamed, directory forced. */
    public static void write(Path target, String text) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
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
        forceDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Forces {@code dir}'s entries (a rename, a new file) to disk. Where a directory cannot be opened as a file
     * (Windows), there is nothing to force and this does nothing.
     */
    public static void forceDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException e) {
            return; // the platform does not open directories: its renames are durable by other means
        }
        try (ch) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems refuse to sync a directory; the rename is still atomic
        }
    }
}
