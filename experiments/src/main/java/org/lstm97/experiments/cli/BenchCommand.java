package org.lstm97.experiments.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ConfigNode;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.lanes.LaneEngine;
import org.lstm97.core.lstm.Lstm1997Learner;
import org.lstm97.core.lstm.LstmLayout;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.plugin.SeededBuildContext;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.run.Engine;
import org.lstm97.core.run.ResultJson;
import org.lstm97.core.run.RunFacts;
import org.lstm97.core.train.GradientLearner;
import org.lstm97.experiments.bench.StepTimer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 bench}: nanoseconds per training step of the paper's nets (listed in {@code bench/nets.yaml}),
 * one thread, after warm-up, on the scalar engine and (lstm1997 nets) in SIMD lanes, where a "trial-step" is
 * one time step of one trial. A measurement, not a test.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time one training step of the paper's nets (ns per step, steps/s), one thread.")
final class BenchCommand implements Callable<Integer> {
    private static final String NETS = "bench/nets.yaml";

    @Option(names = "--only", split = ",", description = "Only these nets (names, comma-separated).")
    List<String> only;

    @Option(names = "--sequences", defaultValue = "50", description = "Sequences per pass (default: ${DEFAULT-VALUE}).")
    int sequences;

    @Option(
            names = "--warmup",
            defaultValue = "20",
            description = "Minimum warm-up passes (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--passes", defaultValue = "10", description = "Minimum timed passes (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(
            names = "--seconds",
            defaultValue = "2",
            description =
                    "Minimum warm-up time and minimum timed time per net, in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--json", description = "One JSON object per net and engine instead of a table.")
    boolean json;

    @Option(
            names = "--engine",
            defaultValue = "both",
            description =
                    "scalar, lanes or both (default: "
                            + "${DEFAULT-VALUE}): lanes times K trials of the net stepping together in SIMD lanes (lstm1997 only).")
    String engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sequences < 1 || warmup < 0 || passes < 1 || !(seconds >= 0 && seconds <= 3600)) {
            throw new ConfigException(
                    "--sequences and --passes must be >= 1, --warmup >= 0 and --seconds in [0, 3600]");
        }
        if (!List.of("both", "scalar", "lanes").contains(engine)) {
            throw new ConfigException("--engine: unknown engine '" + engine + "'; known: both, scalar, lanes");
        }
        boolean lanes = !engine.equals("scalar") && Engine.lanesAvailable();
        if (!engine.equals("scalar") && !lanes) {
            spec.commandLine().getErr().println("lstm97: " + Engine.NO_VECTOR_API);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ConfigNode> nets = nets();
        if (only != null) {
            for (String name : only) {
                if (nets.stream().noneMatch(n -> name(n).equals(name))) {
                    throw new ConfigException("--only: unknown net '" + name + "'; known: "
                            + String.join(
                                    ", ", nets.stream().map(BenchCommand::name).toList()));
                }
            }
            nets = nets.stream().filter(n -> only.contains(name(n))).toList();
        }
        if (!json) {
            out.printf(
                    "java %s, %d cores, commit %s; per net and engine at least %d warm-up and %d timed passes over "
                            + "%d sequences, and at least %s s of each%n",
                    RunFacts.java(),
                    Runtime.getRuntime().availableProcessors(),
                    RunFacts.commit(),
                    warmup,
                    passes,
                    sequences,
                    seconds);
            out.printf(
                    "%-26s %-7s %5s %8s %15s %16s %18s%n",
                    "net", "engine", "lanes", "weights", "ns/trial-step", "trial-steps/s", "cpu ns/trial-step");
        }
        for (ConfigNode net : nets) {
            Bench bench = prepare(net);
            List<Map<String, Object>> rows = new ArrayList<>();
            if (!engine.equals("lanes")) {
                rows.add(row(bench, "scalar", 1, timer().measure(bench.network(), bench.sequences())));
            }
            if (lanes && bench.lanesObstacle() == null) {
                rows.add(row(bench, "lanes", LaneEngine.lanes(), timer().measure(bench.lanes())));
            }
            for (Map<String, Object> row : rows) {
                if (json) {
                    out.println(json(row));
                } else {
                    out.printf(
                            "%-26s %-7s %5d %8d %15.1f %,16.0f %18.1f%n",
                            row.get("net"),
                            row.get("engine"),
                            (int) row.get("lanes"),
                            (int) row.get("weights"),
                            (double) row.get("nsPerTrialStep"),
                            (double) row.get("trialStepsPerSecond"),
                            (double) row.get("cpuNsPerTrialStep"));
                }
            }
            out.flush();
        }
        return Lstm97.OK;
    }

    private StepTimer timer() {
        return new StepTimer(warmup, passes, nanos(seconds), nanos(seconds));
    }

    private static Map<String, Object> row(Bench bench, String engine, int lanes, StepTimer.StepTime time) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("net", bench.name());
        row.put("engine", engine);
        row.put("lanes", lanes);
        row.put("weights", bench.weights());
        row.put("trialSteps", time.steps());
        row.put("nsPerTrialStep", time.nsPerStep());
        row.put("trialStepsPerSecond", time.stepsPerSecond());
        row.put("cpuNsPerTrialStep", time.cpuNsPerStep());
        return row;
    }

    /** A net ready to time: its scalar net and sequences, and what the lanes need. */
    private record Bench(
            String name,
            int weights,
            Network network,
            List<Sequence> sequences,
            Learner learner,
            SequenceTask task,
            SeededBuildContext context) {
        String lanesObstacle() {
            return learner instanceof Lstm1997Learner lstm ? lstm.laneObstacle() : "not lstm1997";
        }

        LongSupplier lanes() {
            LstmParams params = ((Lstm1997Learner) learner).params();
            LstmLayout layout = new LstmLayout(params, task.inputSize(), task.outputSize());
            List<double[]> weights = new ArrayList<>();
            for (int lane = 0; lane < LaneEngine.lanes(); lane++) {
                weights.add(layout.initialWeights(params, context.random("init-" + lane)));
            }
            return LaneEngine.stepper(params, task.inputSize(), task.outputSize(), weights, sequences);
        }
    }

    private Bench prepare(ConfigNode net) {
        // Fixed streams: the bench measures speed; the values do not matter but stay the same run to run.
        SeededBuildContext context =
                new SeededBuildContext(0, Seeds.derive(1997, "bench"), Seeds.derive(1997, "bench-shared"));
        @SuppressWarnings("unchecked")
        Map<String, Object> task = (Map<String, Object>) net.get("task").toPlain();
        @SuppressWarnings("unchecked")
        Map<String, Object> learner = (Map<String, Object>) net.get("learner").toPlain();
        SequenceTask t = Wiring.registry()
                .task((String) task.remove("type"), net.get("task").origin())
                .createFrom(task, context);
        Learner l = Wiring.registry()
                .learner((String) learner.remove("type"), net.get("learner").origin())
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
        return new Bench(name(net), network.weightCount(), network, seqs, l, t, context);
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
            return YamlReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), NETS)
                    .items();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
