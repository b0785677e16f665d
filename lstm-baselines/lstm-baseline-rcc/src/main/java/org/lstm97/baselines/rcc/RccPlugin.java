package org.lstm97.baselines.rcc;

import org.lstm97.core.plugin.PluginModule;

/** The Guice module of this baseline: registers learner type {@code rcc}. */
public final class RccPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new RccLearnerFactory());
    }
}
