package org.lstm97.baselines.rtrl;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code rtrl} learner. */
public final class RtrlPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new RtrlLearnerFactory());
    }
}
