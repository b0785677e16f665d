package org.lstm97.baselines.guessing;

import org.lstm97.core.plugin.PluginModule;

/** The Guice module of this baseline: registers learner type {@code guessing}. */
public final class GuessingPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new GuessingLearnerFactory());
    }
}
