package org.lstm97.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden LaTeX table compiles on its own with pdflatex. Skipped (not failed) where pdflatex is not
 * installed; the golden-file test still checks the text.
 */
class LatexCompilesTest {
    private static final Path TEX = Path.of("src", "test", "resources", "golden", "tex");

    static Stream<Path> tables() throws IOException {
        try (Stream<Path> files = Files.list(TEX)) {
            return files.filter(f -> f.toString().endsWith(".tex")).sorted().toList().stream();
        }
    }

    private static boolean pdflatexInstalled() {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdflatex")));
    }

    @ParameterizedTest
    @MethodSource("tables")
    void compilesStandalone(Path tex, @TempDir Path work) throws IOException, InterruptedException {
        assumeTrue(pdflatexInstalled(), "pdflatex not installed");
        Process process = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                "-output-directory", work.toString(), tex.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("pdflatex finished").isTrue();
        assertThat(process.exitValue()).as("pdflatex exit code; log:%n%s", Files.readString(work.resolve("out.log")))
                .isZero();
        String name = tex.getFileName().toString().replace(".tex", ".pdf");
        assertThat(work.resolve(name)).exists();
    }
}
