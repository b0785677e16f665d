package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.PluginFactory;

/**
 * Every bad input a user can give answers with exactly one line naming what and where, exit code 2, and
 * nothing written; the line starts with {@code lstm97: }, like every line the CLI writes to stderr. The
 * corpus is {@code src/test/resources/bad-inputs/}: one file per case, and
 * {@code cases.tsv} with the exact message of each ({@code {file}} stands for the path given on the command
 * line, {@code {results}} for the results folder). Cases without a file of their own set up the situation in
 * {@link #prepare}. To see the actual messages after a change, run with {@code -Dlstm97.recordCorpus=true}:
 * they are written to {@code target/bad-inputs-actual.tsv}.
 */
class BadInputCorpusTest {
    private static final String CORPUS = "/bad-inputs/";
    private static final Map<String, String> ACTUAL = new TreeMap<>();

    @TempDir
    Path dir;

    record Case(String name, String args, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS + "cases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                cases.add(new Case(parts[0], parts[1], parts[2]));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersWithOneLineAndExitCodeTwoAndWritesNothing(Case c) throws IOException {
        Path results = dir.resolve("results");
        Path file = prepare(c.name(), results);
        Map<Path, String> before = snapshot();
        List<String> args = new ArrayList<>();
        for (String a : c.args().split(" ")) {
            args.add(a.replace("{file}", file.toString()).replace("{results}", results.toString()));
        }
        CliTest.Result r = CliTest.cli(args.toArray(String[]::new));
        String expected = Lstm97.PREFIX
                + c.message()
                        .replace("{file}", file.toString())
                        .replace("{results}", results.toString())
                        .replace("{learners}", known(Kind.LEARNER))
                        .replace("{tasks}", known(Kind.TASK))
                        .replace("{stop-rules}", known(Kind.STOP_RULE))
                        .replace("{metrics}", known(Kind.METRIC));
        record(
                c.name(),
                r.err()
                        .strip()
                        .replace(file.toString(), "{file}")
                        .replace(results.toString(), "{results}")
                        .replaceFirst("^" + Lstm97.PREFIX, ""));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(expected);
        assertThat(r.out()).isEmpty();
        assertThat(snapshot()).as("nothing written").isEqualTo(before);
    }

    private static String known(Kind kind) {
        return String.join(
                ", ",
                Wiring.registry().all(kind).stream().map(PluginFactory::type).toList());
    }

    /** Copies the case's file into the temporary folder, or builds the situation the case needs. */
    private Path prepare(String name, Path results) throws IOException {
        switch (name) {
            case "directory-instead-of-file" -> {
                Path d = dir.resolve("toy.yaml");
                Files.createDirectories(d);
                return d;
            }
            case "no-such-file" -> {
                return dir.resolve("missing.yaml");
            }
            case "unknown-profile" -> {
                return copy("/toy.yaml", "toy.yaml");
            }
            case "corrupt-results-line",
                    "incompatible-results-version",
                    "results-negative-presented-run",
                    "results-wrong-type" -> {
                trials(results, name.replaceFirst("-run$", ""));
                return copy("/toy.yaml", "toy.yaml");
            }
            case "results-negative-presented", "results-solved-no-count" -> {
                Files.createDirectories(results.resolve("toy"));
                Files.writeString(results.resolve("toy").resolve("experiment.json"), planOf(results));
                trials(results, name);
                return dir.resolve("out");
            }
            case "set-unknown-key",
                    "set-bad-value",
                    "set-no-value",
                    "set-unknown-variant",
                    "rows-no-match",
                    "unknown-command",
                    "unknown-option",
                    "missing-file-argument",
                    "bad-option-value",
                    "list-unknown-name" -> {
                return copy("/toy.yaml", "toy.yaml");
            }
            case "plugins-no-folder" -> {
                return dir.resolve("no-plugins");
            }
            case "plugins-no-jar" -> {
                return Files.createDirectories(dir.resolve("plugins"));
            }
            case "profile-mismatch" -> {
                Files.createDirectories(results.resolve("toy"));
                Files.writeString(
                        results.resolve("toy").resolve("experiment.json"),
                        "{\"format\":1,\"experiment\":\"toy\",\"profile\":\"quick\",\"rows\":[]}\n");
                return copy("/toy.yaml", "toy.yaml");
            }
            case "report-out-is-a-file" -> {
                ranToy(results);
                return Files.writeString(dir.resolve("out.md"), "not a folder\n");
            }
            case "report-out-holds-other-files" -> {
                ranToy(results);
                Path out = Files.createDirectories(dir.resolve("paper-draft"));
                Files.writeString(out.resolve("notes.txt"), "mine\n");
                Files.writeString(out.resolve("report.md"), "an earlier report\n");
                return out;
            }
            case "report-no-results" -> {
                return dir.resolve("out");
            }
            default -> {
                return copy(CORPUS + name + ".yaml", name + ".yaml");
            }
        }
    }

    private static void trials(Path results, String name) throws IOException {
        Path trials = results.resolve("toy").resolve("trials.jsonl");
        Files.createDirectories(trials.getParent());
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(CORPUS + name + ".jsonl")) {
            Files.write(trials, in.readAllBytes());
        }
    }

    /** A real run of the toy file, so that a report has something to read. */
    private void ranToy(Path results) throws IOException {
        CliTest.Result r = CliTest.cli(
                "run", copy("/toy.yaml", "toy.yaml").toString(), "--results", results.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
    }

    /** The toy experiment's plan, as a run writes it. */
    private String planOf(Path results) throws IOException {
        Path plans = dir.resolve("plans");
        CliTest.Result r = CliTest.cli(
                "run",
                copy("/toy.yaml", "toy.yaml").toString(),
                "--results",
                plans.toString(),
                "--plan-only",
                "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        String plan = Files.readString(plans.resolve("toy").resolve("experiment.json"));
        try (var files = Files.walk(plans)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir.resolve("toy.yaml"));
        return plan;
    }

    private Path copy(String resource, String target) throws IOException {
        Path file = dir.resolve(target);
        try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                files.put(p, Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.ISO_8859_1) : "<dir>");
            }
        }
        return files;
    }

    private static synchronized void record(String name, String message) throws IOException {
        if (!Boolean.getBoolean("lstm97.recordCorpus")) {
            return;
        }
        ACTUAL.put(name, message);
        StringBuilder out = new StringBuilder();
        ACTUAL.forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        Files.writeString(Path.of("target/bad-inputs-actual.tsv"), out);
    }
}
