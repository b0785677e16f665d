package org.lstm97.baselines.bptt;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code bptt} learner. */
public final class BpttPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new BpttLearnerFactory());
    }
}
