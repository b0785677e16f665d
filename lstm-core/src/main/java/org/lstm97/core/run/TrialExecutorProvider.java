package org.lstm97.core.run;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Makes a {@link TrialExecutor} that lives in a module the CLI does not depend on (e.g. lstm-spark). Such a
 * module lists its provider in {@code META-INF/services/org.lstm97.core.run.TrialExecutorProvider}; the CLI
 * finds it by {@link #name()} with {@link #find(String)}, so the module is needed only when it is used.
 */
public interface TrialExecutorProvider {

    /** How the user asked the executor to run. */
    record Settings(int threads, String master, Engine engine, Consumer<String> notes) {
        /**
         * @param threads trials run in parallel on this machine (from {@code --threads}), >= 1
         * @param master  where to run ({@code --master}, e.g. a Spark master URL), or null for the default
         * @param engine  the engine the trials train on where it applies ({@code --engine})
         * @param notes   hears which rows run in lanes (see {@link LocalExecutor})
         */
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            if (engine == null || notes == null) {
                throw new IllegalArgumentException("engine and notes must be given");
            }
        }
    }

    /** The name selected with {@code --executor} (e.g. "spark"). */
    String name();

    /** A new executor; the caller closes it. */
    TrialExecutor create(Settings settings);

    /** The provider called {@code name} on the class path, if any. */
    static Optional<TrialExecutorProvider> find(String name) {
        for (TrialExecutorProvider p :
                ServiceLoader.load(TrialExecutorProvider.class, TrialExecutorProvider.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
