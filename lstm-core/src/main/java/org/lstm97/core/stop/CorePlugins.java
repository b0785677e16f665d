package org.lstm97.core.stop;

import org.lstm97.core.metric.CoreMetrics;
import org.lstm97.core.plugin.PluginModule;

/** lstm-core's plugin module: the paper's stop rules and the core metrics. */
public final class CorePlugins extends PluginModule {

    @Override
    protected void registerPlugins() {
        register(new AllCorrectStopRuleFactory());
        register(new AbsStreakStopRuleFactory());
        register(new St1St2StopRuleFactory());
        register(new St3StopRuleFactory());
        register(new NseqStopRuleFactory());
        CoreMetrics.factories().forEach(this::register);
    }
}
