package org.lstm97.experiments.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No hand-typed numbers in the generated documents: {@code docs/regenerate.sh --check} passes on the committed
 * reports (they are what the committed {@code results/paper} produces), fails when one of them differs, and the
 * hand-written part of {@code docs/REPRODUCTION.md} above its marker holds no number (a number there could
 * contradict the generated tables below it). The script runs the CLI from this module's test class path.
 */
class GeneratedDocsTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String MARKER =
            "<!-- generated below by docs/regenerate.sh from results/paper: do not edit by hand -->";

    @TempDir
    Path dir;

    @Test
    void theCommittedReportsAreWhatTheCommittedResultsProduce() throws Exception {
        Run run = check(ROOT);

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).contains("the committed reports are what results/paper produces");
    }

    @Test
    void theCheckFailsWhenACommittedReportDiffersAndNamesIt() throws Exception {
        Path copy = dir.resolve("repo");
        for (String part : List.of(
                "docs/regenerate.sh",
                "docs/REPRODUCTION.md",
                "README.md",
                "docs/reproduction/tex",
                "docs/reproduction/report.md",
                "docs/reproduction/report.html",
                "docs/reproduction/results.csv",
                "results/paper",
                "experiments/paper")) {
            copyTree(ROOT.resolve(part), copy.resolve(part));
        }
        Path csv = copy.resolve("docs/reproduction/results.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        int comma = text.indexOf(",reproduced");
        assumeTrue(comma > 0, "a reproduced row to alter");
        Files.writeString(csv, text.replaceFirst(",reproduced\n", ",not reproduced\n"), StandardCharsets.UTF_8);

        Run run = check(copy);

        assertThat(run.code()).as(run.output()).isEqualTo(1);
        assertThat(run.output())
                .contains(
                        "these committed reports differ from what results/paper produces:",
                        "  docs/reproduction/results.csv",
                        "regenerate them with docs/regenerate.sh");
        assertThat(run.output()).doesNotContain("  docs/reproduction/report.md");
    }

    @Test
    void theHandWrittenPartOfReproductionMdHoldsNoNumbers() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/REPRODUCTION.md"), StandardCharsets.UTF_8);
        int marker = doc.indexOf(MARKER);
        assertThat(marker).as("the marker line in docs/REPRODUCTION.md").isPositive();
        List<String> withDigits = new ArrayList<>();
        for (String line : doc.substring(0, marker).split("\n")) {
            // names are no numbers: code spans, link targets, "Table 1", "Exp. 2b", "lstm97"
            String text = line.replaceAll("`[^`]*`", "")
                    .replaceAll("\\]\\([^)]*\\)", "]")
                    .replaceAll("\\b(Tables?|Exp\\.|Experiments?) [0-9]+[a-z]?\\b", "")
                    .replaceAll("\\blstm97\\b", "");
            if (text.chars().anyMatch(Character::isDigit)) {
                withDigits.add(line);
            }
        }
        assertThat(withDigits)
                .as("lines with numbers above the marker (move them below it, into the generated "
                        + "report, or drop them)")
                .isEmpty();
    }

    record Run(int code, String output) {}

    /** Runs {@code docs/regenerate.sh --check} in {@code root}, with the CLI of this module's class path. */
    private Run check(Path root) throws IOException, InterruptedException {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cli = String.join(
                " ",
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-Xss8m",
                "-cp",
                classPath.replace(File.pathSeparatorChar, ':'),
                "org.lstm97.experiments.cli.Lstm97");
        ProcessBuilder builder = new ProcessBuilder(
                        bash.toString(), root.resolve("docs/regenerate.sh").toString(), "--check")
                .redirectErrorStream(true);
        builder.environment().put("LSTM97", cli);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
