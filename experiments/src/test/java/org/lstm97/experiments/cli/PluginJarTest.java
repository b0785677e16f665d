package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin built outside this repository: its source is compiled here against lstm-core alone, packed into a
 * jar in a folder of its own, and loaded with {@code --plugins DIR}; nothing of it is on the class path.
 */
class PluginJarTest {
    private static final String PLUGIN = """
            package com.example.outside;

            import java.util.Map;
            import org.lstm97.core.api.Learner;
            import org.lstm97.core.api.TrialOutcome;
            import org.lstm97.core.plugin.BuildContext;
            import org.lstm97.core.plugin.LearnerFactory;
            import org.lstm97.core.plugin.Param;
            import org.lstm97.core.plugin.PluginModule;

            public final class OutsidePlugin extends PluginModule {
                public record Params(@Param(doc = "sequences it claims to need", value = "7") long after) {
                }

                public static final class Factory extends LearnerFactory<Params> {
                    public Factory() {
                        super("outside-oracle", Params.class, "a learner from outside the repository: solves at once");
                    }

                    @Override
                    public Learner create(Params params, BuildContext context) {
                        return training -> new TrialOutcome(TrialOutcome.Status.SOLVED, params.after(),
                                params.after(), 0, Map.of(), null, null);
                    }
                }

                @Override
                protected void registerPlugins() {
                    register(new Factory());
                }
            }
            """;

    @TempDir
    Path dir;

    private Path pluginFolder() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/example/outside"));
        Path source = Files.writeString(src.resolve("OutsidePlugin.java"), PLUGIN);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                source.toString());
        assertThat(code).isZero();
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (OutputStream file = Files.newOutputStream(plugins.resolve("outside.jar"));
                JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> all = Files.walk(classes)) {
            for (Path c : all.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(c));
                jar.closeEntry();
            }
            jar.putNextEntry(new JarEntry("META-INF/services/org.lstm97.core.plugin.PluginModule"));
            jar.write("com.example.outside.OutsidePlugin\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return plugins;
    }

    @Test
    void aPluginJarFromOutsideIsListedAndRuns() throws IOException {
        Path plugins = pluginFolder();
        assertThat(CliTest.cli("list", "learners").out()).doesNotContain("outside-oracle");

        CliTest.Result list = CliTest.cli("--plugins", plugins.toString(), "list", "learners");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("outside-oracle (learner) — a learner from outside the repository");

        Path file = dir.resolve("outside.yaml");
        Files.writeString(file, """
                experiment: outside
                seed: 1
                trials: 2
                budget: 100
                task: {type: adding, T: 100}
                stop: {type: st3, beta: 0.01}
                variants:
                  - name: oracle
                    learner: {type: outside-oracle, after: 9}
                """);
        Path results = dir.resolve("results");
        CliTest.Result run = CliTest.cli(
                "run", file.toString(), "--plugins", plugins.toString(), "--results", results.toString(), "--quiet");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(results.resolve("outside/trials.jsonl"));
        assertThat(lines)
                .hasSize(2)
                .allMatch(l -> l.contains("\"status\":\"solved\"") && l.contains("\"sequencesToSuccess\":9"));

        CliTest.Result without = CliTest.cli("validate", file.toString());
        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).contains("unknown learner 'outside-oracle'");
    }
}
