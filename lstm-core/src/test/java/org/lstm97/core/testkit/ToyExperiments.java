package org.lstm97.core.testkit;

import java.util.List;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.YamlReader;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

/** A small experiment file over {@link ToyPlugin}, and a loader for such files. */
public final class ToyExperiments {
    /** Two rows x 3 trials; a quick profile with 2 trials. */
    public static final String YAML = """
            experiment: toy
            table: "0"
            title: Toy experiment
            seed: 42
            trials: 3
            budget: 5000
            task:
              type: toy-sign
            stop:
              type: toy-streak
              k: 20
            variants:
              - name: slow
                learner:
                  type: toy-unit
                  learningRate: 0.1
                paper:
                  successAfter: 100
              - name: fast
                grid:
                  learner.learningRate: [1.0, 2.0]
                learner:
                  type: toy-unit
            profiles:
              quick:
                trials: 2
            """;

    private ToyExperiments() {}

    public static Registry registry() {
        return Plugins.registry(List.of(new ToyPlugin()));
    }

    public static ExperimentSpec load(String yaml, String profile) {
        return new ExperimentLoader(registry()).parse(YamlReader.parse(yaml, "toy.yaml"), "toy.yaml", profile);
    }
}
