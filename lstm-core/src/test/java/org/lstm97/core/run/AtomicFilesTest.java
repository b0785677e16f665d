package org.lstm97.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan.json");
        AtomicFiles.write(file, "first\n");
        AtomicFiles.write(file, "second ü\n");
        assertThat(Files.readString(file)).isEqualTo("second ü\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void forcingADirectoryThatCannotBeOpenedDoesNothing() {
        assertThatCode(() -> AtomicFiles.forceDirectory(dir.resolve("missing"))).doesNotThrowAnyException();
        assertThatCode(() -> AtomicFiles.forceDirectory(dir)).doesNotThrowAnyException();
        assertThatCode(() -> AtomicFiles.forceDirectory(null)).doesNotThrowAnyException();
    }
}
