package org.lstm97.core.lstm;

import org.lstm97.core.plugin.PluginModule;

/** Registers the 1997 LSTM learner. */
public final class LstmPlugin extends PluginModule {
    @Override
    protected void registerPlugins() {
        register(new Lstm1997Factory());
    }
}
