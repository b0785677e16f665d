package org.lstm97.baselines.chunker;

import org.lstm97.core.plugin.PluginModule;

/** The Guice module of this baseline: registers learner type {@code chunker}. */
public final class ChunkerPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new ChunkerLearnerFactory());
    }
}
