package org.lstm97.baselines.gru;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code gru} learner. */
public final class GruPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new GruLearnerFactory());
    }
}
