package org.lstm97.baselines.forget;

import org.lstm97.core.plugin.PluginModule;

/** Registers the {@code lstm-forget} learner. */
public final class ForgetPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new ForgetLearnerFactory());
    }
}
