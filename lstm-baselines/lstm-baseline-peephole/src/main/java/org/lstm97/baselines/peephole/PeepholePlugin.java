package org.lstm97.baselines.peephole;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code lstm-peephole} learner. */
public final class PeepholePlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new PeepholeLearnerFactory());
    }
}
