package org.lstm97.baselines.elman;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code elman} learner. */
public final class ElmanPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new ElmanLearnerFactory());
    }
}
