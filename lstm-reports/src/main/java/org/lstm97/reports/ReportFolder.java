package org.lstm97.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.lstm97.core.config.ConfigException;

/**
 * Writes a report folder all at once: everything goes to a temporary folder beside it, which then takes the
 * folder's place by renames, so a reader (or a Ctrl-C) sees the old report or the new one, never a mix. An
 * interrupted write leaves only the temporary folder, which a shutdown hook removes.
 *
 * <p>An existing folder is replaced only if it holds nothing but report files, so {@code --out .} can never
 * wipe a working directory.
 */
final class ReportFolder {
    /** What a report folder may hold (everything {@link ReportGenerator} writes). */
    static final Set<String> REPORT_ENTRIES = Set.of(
            ReportGenerator.MARKDOWN_FILE,
            ReportGenerator.HTML_FILE,
            ReportGenerator.CSV_FILE,
            ReportGenerator.TEX_DIR,
            ReportGenerator.PLOT_DIR);

    /** Writes into the folder given. */
    interface Writer {
        void write(Path folder) throws IOException;
    }

    private ReportFolder() {}

    /** Checks that {@code target} can take a report, before anything is read or written. */
    static void check(Path target) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ConfigException(target + ": is a file; --out names the folder the report is written to");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> children = Files.list(target)) {
                List<String> foreign = children.map(p -> p.getFileName().toString())
                        .filter(n -> !REPORT_ENTRIES.contains(n))
                        .sorted()
                        .toList();
                if (!foreign.isEmpty()) {
                    throw new ConfigException(target + ": holds files that are not a report's (" + foreign.get(0)
                            + (foreign.size() > 1 ? ", ..." : "") + "); give an empty or new --out folder");
                }
            } catch (IOException e) {
                throw new ConfigException(target + ": cannot list (" + e.getMessage() + ")");
            }
        }
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new ConfigException(target + ": " + parent + " is a file, not a folder");
        }
    }

    /** Writes the folder {@code target} with {@code writer}, all at once; returns the temporary folder's name. */
    static void replace(Path target, Writer writer) {
        check(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path tmp;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
        } catch (IOException e) {
            throw new ConfigException(target + ": cannot create the report folder (" + e.getMessage() + ")");
        }
        Thread cleanup = new Thread(() -> deleteQuietly(tmp), "lstm97-report-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            writer.write(tmp);
            swap(tmp, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs anyway
            }
        }
    }

    /** Moves {@code fresh} to {@code target}; an old {@code target} is moved aside first, then deleted. */
    private static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException ignored) {
                // the new one is there after all
            }
            throw e;
        }
        deleteQuietly(old);
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
