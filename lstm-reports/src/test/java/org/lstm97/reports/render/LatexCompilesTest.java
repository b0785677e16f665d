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
 * The golden LaTeX compiles with pdflatex: each standalone document on its own (it inputs its fragment), and
 * each fragment {@code \input} into a minimal document that loads only booktabs, as an appendix would. Skipped
 * (not failed) where pdflatex is not installed; the golden-file test still checks the text.
 */
class LatexCompilesTest {
    private static final Path TEX = Path.of("src", "test", "resources", "golden", "tex");
    private static final Path QUICK_TEX = Path.of("src", "test", "resources", "golden", "quick", "tex");

    static Stream<Path> standalone() throws IOException {
        return list(TEX).filter(f -> f.toString().endsWith("-standalone.tex"));
    }

    static Stream<Path> fragments() throws IOException {
        return Stream.concat(list(TEX), list(QUICK_TEX))
                .filter(f -> !f.toString().endsWith("-standalone.tex"));
    }

    private static Stream<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".tex")).sorted().toList().stream();
        }
    }

    private static boolean pdflatexInstalled() {
        String path = System.getenv("PATH");
        return path != null
                && Stream.of(path.split(File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdflatex")));
    }

    @ParameterizedTest
    @MethodSource("standalone")
    void eachStandaloneDocumentCompiles(Path tex, @TempDir Path work) throws IOException, InterruptedException {
        compile(tex.toAbsolutePath(), tex.getParent(), work);
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void eachFragmentCanBeInputIntoADocument(Path tex, @TempDir Path work) throws IOException, InterruptedException {
        Path appendix = Files.writeString(
                work.resolve("appendix.tex"),
                "\\documentclass{article}\n"
                        + "\\usepackage{booktabs}\n\\begin{document}\n\\section*{Appendix}\n\\input{"
                        + tex.toAbsolutePath() + "}\n\\end{document}\n");
        compile(appendix, work, work);
    }

    private static void compile(Path tex, Path dir, Path work) throws IOException, InterruptedException {
        assumeTrue(pdflatexInstalled(), "pdflatex not installed");
        Process process = new ProcessBuilder(
                        "pdflatex",
                        "-interaction=nonstopmode",
                        "-halt-on-error",
                        "-output-directory",
                        work.toString(),
                        tex.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("out.log").toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("pdflatex finished").isTrue();
        assertThat(process.exitValue())
                .as("pdflatex exit code; log:%n%s", Files.readString(work.resolve("out.log")))
                .isZero();
        assertThat(work.resolve(tex.getFileName().toString().replace(".tex", ".pdf")))
                .exists();
    }
}
