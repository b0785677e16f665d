package org.lstm97.experiments.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.Origin;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.SeededBuildContext;
import org.lstm97.core.plugin.TaskFactory;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.run.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 sample TYPE}: writes training sequences of a task as JSON lines (format in
 * lstm-tasks/README.md).
 */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        description = "Write N training sequences of a task to stdout, one JSON object per line.")
final class SampleCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TYPE", description = "Task type (see `lstm97 list`).")
    String type;

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description =
                    "A task parameter (repeatable); the value " + "is read as YAML: --set p=1000 --set variant=2a.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--n", defaultValue = "1", description = "Number of sequences (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--seed", defaultValue = "1997", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (n < 0) {
            throw new ConfigException("--n must be >= 0, got " + n);
        }
        TaskFactory<?> factory = Wiring.registry().task(type, Origin.of("sample"));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set " + setting + ": expected KEY=VALUE");
            }
            String key = setting.substring(0, eq);
            values.put(key, YamlReader.value(setting.substring(eq + 1), "--set " + key));
        }
        Record params = factory.bind(values, key -> Origin.of(key == null ? "sample " + type : "--set " + key));
        SequenceTask task = create(factory, params);
        RandomGenerator random = Seeds.stream(seed, "sample");
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> resolved = ParamBinder.unbind(params);
        for (int i = 0; i < n; i++) {
            out.println(ResultJson.MAPPER
                    .copy()
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
                    .writeValueAsString(json(task, resolved, task.next(random))));
        }
        return Lstm97.OK;
    }

    private SequenceTask create(TaskFactory<?> factory, Record params) {
        return factory.createBound(
                params, new SeededBuildContext(0, Seeds.derive(seed, "trial"), Seeds.derive(seed, "shared")));
    }

    private Map<String, Object> json(SequenceTask task, Map<String, Object> params, Sequence s) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("task", type);
        line.put("params", params);
        line.put("alphabet", task.inputNames());
        line.put("outputs", task.outputNames());
        List<double[]> inputs = new ArrayList<>();
        List<double[]> targets = new ArrayList<>();
        for (int t = 0; t < s.length(); t++) {
            double[] in = new double[s.inputSize()];
            for (int i = 0; i < in.length; i++) {
                in[i] = s.input(t, i);
            }
            inputs.add(in);
            if (s.hasTarget(t)) {
                double[] target = new double[s.outputSize()];
                for (int k = 0; k < target.length; k++) {
                    target[k] = s.target(t, k);
                }
                targets.add(target);
            } else {
                targets.add(null);
            }
        }
        line.put("inputs", inputs);
        line.put("targets", targets);
        line.put("label", s.label());
        return line;
    }
}
