package org.lstm97.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder is replaced whole, or not at all. */
class ReportFolderTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldReportWholeAndNoTemporaryFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.writeString(out.resolve("report.md"), "old");

        assertThatThrownBy(() -> ReportFolder.replace(out, folder -> {
                    Files.writeString(folder.resolve("report.md"), "new");
                    throw new IOException("disk full");
                }))
                .hasMessageContaining("disk full");

        assertThat(Files.readString(out.resolve("report.md"))).isEqualTo("old");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }

    @Test
    void aNewReportReplacesTheOldOne() throws IOException {
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.writeString(out.resolve("results.csv"), "old");

        ReportFolder.replace(out, folder -> Files.writeString(folder.resolve("report.md"), "new"));

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("report.md"));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(out);
        }
    }
}
