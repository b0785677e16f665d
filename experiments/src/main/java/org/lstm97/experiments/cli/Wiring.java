package org.lstm97.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

/** The composition root: one registry of every plugin on the class path, built once per JVM. */
final class Wiring {
    private static Registry registry;

    private Wiring() {
    }

    static synchronized Registry registry() {
        if (registry == null) {
            registry = Plugins.registry();
        }
        return registry;
    }

    /** Loads and validates every file before anything runs, so a bad file leaves nothing half-done. */
    static List<ExperimentSpec> load(List<Path> files, String profile) {
        ExperimentLoader loader = new ExperimentLoader(registry());
        List<ExperimentSpec> specs = new ArrayList<>();
        for (Path file : files) {
            specs.add(loader.load(file, file.toString(), profile));
        }
        return specs;
    }
}
