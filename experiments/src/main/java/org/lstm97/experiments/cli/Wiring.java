package org.lstm97.experiments.cli;

import com.google.inject.CreationException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ConfigOverride;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

/**
 * The composition root: one registry of every plugin on the class path, plus the plugin jars of
 * {@code --plugins DIR} (every {@code *.jar} in the folder, loaded by a class loader whose parent is the class
 * path's), built once per JVM and set of plugin folders.
 */
final class Wiring {
    private static Registry registry;
    private static List<Path> pluginDirs = List.of();
    private static ClassLoader loader = Wiring.class.getClassLoader();

    private Wiring() {}

    /** Uses the plugin jars of {@code dirs} (none: the class path alone) from now on. */
    static synchronized void usePlugins(List<Path> dirs) {
        List<Path> normalized =
                dirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
        if (normalized.equals(pluginDirs)) {
            return;
        }
        List<URL> jars = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new ConfigException("--plugins " + dir + ": no such folder");
            }
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                        .sorted()
                        .toList();
                if (found.isEmpty()) {
                    throw new ConfigException("--plugins " + dir + ": no .jar file in the folder");
                }
                for (Path jar : found) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (MalformedURLException e) {
                throw new ConfigException("--plugins " + dir + ": " + e.getMessage());
            } catch (IOException e) {
                throw new ConfigException("--plugins " + dir + ": cannot list (" + e.getMessage() + ")");
            }
        }
        loader = jars.isEmpty()
                ? Wiring.class.getClassLoader()
                : new URLClassLoader("lstm97-plugins", jars.toArray(URL[]::new), Wiring.class.getClassLoader());
        pluginDirs = normalized;
        registry = null;
    }

    static synchronized Registry registry() {
        if (registry == null) {
            try {
                registry = Plugins.registry(Plugins.discover(loader));
            } catch (ServiceConfigurationError e) {
                throw new ConfigException(
                        "--plugins: a plugin jar lists a module that cannot be loaded (" + e.getMessage() + ")");
            } catch (CreationException e) {
                String first = e.getErrorMessages().isEmpty()
                        ? e.getMessage()
                        : e.getErrorMessages().iterator().next().getMessage();
                throw new ConfigException(
                        "plugins: " + first.lines().findFirst().orElse(first));
            }
        }
        return registry;
    }

    /** Loads and validates every file before anything runs, so a bad file leaves nothing half-done. */
    static List<ExperimentSpec> load(List<Path> files, String profile) {
        return load(files, profile, List.of());
    }

    /** Loads every file with {@code profile} and then the {@code --set} overrides applied. */
    static List<ExperimentSpec> load(List<Path> files, String profile, List<ConfigOverride> overrides) {
        ExperimentLoader loader = new ExperimentLoader(registry());
        List<ExperimentSpec> specs = new ArrayList<>();
        for (Path file : files) {
            specs.add(loader.load(file, file.toString(), profile, overrides));
        }
        return specs;
    }
}
