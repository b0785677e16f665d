package org.lstm97.experiments.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.bench.StepTimer;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ConfigNode;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.plugin.SeededBuildContext;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.RunFacts;
import org.lstm97.core.train.GradientLearner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lstm97 bench}: nanoseconds per training step of the paper's nets (listed in {@code bench/nets.yaml}),
 * one thread, after warm-up. A measurement, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time one training step of the paper's nets (ns per step, steps/s), one thread.")
final class BenchCommand implements Callable<Integer> {
    private static final String NETS = "bench/nets.yaml";

    @Option(names = "--only", split = ",", description = "Only these nets (names, comma-separated).")
    List<String> only;

    @Option(names = "--sequences", defaultValue = "50", description = "Sequences per pass (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--warmup", defaultValue = "20",
            description = "Minimum warm-up passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "10", description = "Minimum timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--seconds", defaultValue = "2",
            description = "Minimum warm-up time and minimum timed time per net, in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--json", description = "One JSON object per net instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sequences < 1 || warmup < 0 || passes < 1 || !(seconds >= 0 && seconds <= 3600)) {
            throw new ConfigException("--sequences and --passes must be >= 1, --warmup >= 0 and --seconds in [0, 3600]");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ConfigNode> nets = nets();
        if (only != null) {
            for (String name : only) {
                if (nets.stream().noneMatch(n -> name(n).equals(name))) {
                    throw new ConfigException("--only: unknown net '" + name + "'; known: "
                            + String.join(", ", nets.stream().map(BenchCommand::name).toList()));
                }
            }
            nets = nets.stream().filter(n -> only.contains(name(n))).toList();
        }
        if (!json) {
            out.printf("java %s, %d cores, commit %s; per net at least %d warm-up and %d timed passes over %d "
                    + "sequences, and at least %s s of each%n", RunFacts.java(),
                    Runtime.getRuntime().availableProcessors(), RunFacts.commit(), warmup, passes, sequences,
                    seconds);
            out.printf("%-26s %8s %12s %14s %12s%n", "net", "weights", "ns/step", "steps/s", "cpu ns/step");
        }
        for (ConfigNode net : nets) {
            Map<String, Object> row = measure(net);
            if (json) {
                out.println(json(row));
            } else {
                out.printf("%-26s %8d %12.1f %,14.0f %12.1f%n", row.get("net"), row.get("weights"),
                        row.get("nsPerStep"), row.get("stepsPerSecond"), row.get("cpuNsPerStep"));
            }
            out.flush();
        }
        return Lstm97.OK;
    }

    private Map<String, Object> measure(ConfigNode net) {
        // Fixed streams: the bench measures speed; the values do not matter but stay the same run to run.
        SeededBuildContext context = new SeededBuildContext(0, Seeds.derive(1997, "bench"),
                Seeds.derive(1997, "bench-shared"));
        @SuppressWarnings("unchecked")
        Map<String, Object> task = (Map<String, Object>) net.get("task").toPlain();
        @SuppressWarnings("unchecked")
        Map<String, Object> learner = (Map<String, Object>) net.get("learner").toPlain();
        SequenceTask t = Wiring.registry().task((String) task.remove("type"), net.get("task").origin())
                .createFrom(task, context);
        Learner l = Wiring.registry().learner((String) learner.remove("type"), net.get("learner").origin())
                .createFrom(learner, context);
        if (!(l instanceof GradientLearner gradient)) {
            throw new ConfigException(NETS + ": " + name(net) + " is not a gradient learner; only those are timed");
        }
        Network network = gradient.createNetwork(t.inputSize(), t.outputSize(), context.random("init"));
        RandomGenerator random = context.random("train");
        List<Sequence> seqs = new ArrayList<>();
        for (int i = 0; i < sequences; i++) {
            seqs.add(t.next(random));
        }
        StepTimer.StepTime time = new StepTimer(warmup, passes, nanos(seconds), nanos(seconds))
                .measure(network, seqs);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("net", name(net));
        row.put("weights", network.weightCount());
        row.put("steps", time.steps());
        row.put("nsPerStep", time.nsPerStep());
        row.put("stepsPerSecond", time.stepsPerSecond());
        row.put("cpuNsPerStep", time.cpuNsPerStep());
        return row;
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    private static String name(ConfigNode net) {
        return String.valueOf(net.get("name").scalar());
    }

    /** The nets of {@code bench/nets.yaml}. */
    static List<ConfigNode> nets() {
        try (InputStream in = BenchCommand.class.getClassLoader().getResourceAsStream(NETS)) {
            return YamlReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), NETS).items();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The names of the bench nets, in file order. */
    static List<String> netNames() {
        return nets().stream().map(BenchCommand::name).toList();
    }

    private static String json(Map<String, Object> row) {
        try {
            return ResultJson.MAPPER.writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
