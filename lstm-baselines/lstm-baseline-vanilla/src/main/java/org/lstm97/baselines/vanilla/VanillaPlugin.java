package org.lstm97.baselines.vanilla;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code lstm-vanilla} learner. */
public final class VanillaPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new VanillaLearnerFactory());
    }
}
