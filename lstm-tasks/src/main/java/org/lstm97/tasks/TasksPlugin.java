package org.lstm97.tasks;

import org.lstm97.core.plugin.PluginModule;
import org.lstm97.tasks.adding.AddingTaskFactory;
import org.lstm97.tasks.lag.LongLagTaskFactory;
import org.lstm97.tasks.lag.VeryLongLagTaskFactory;
import org.lstm97.tasks.multiplication.MultiplicationTaskFactory;
import org.lstm97.tasks.order.TemporalOrderTaskFactory;
import org.lstm97.tasks.reber.EmbeddedReberTaskFactory;
import org.lstm97.tasks.reber.ReberTaskFactory;
import org.lstm97.tasks.twosequence.TwoSequenceTaskFactory;

/** Registers every task of the paper (one factory per YAML task type). */
public final class TasksPlugin extends PluginModule {

    @Override
    protected void registerPlugins() {
        register(new ReberTaskFactory());
        register(new EmbeddedReberTaskFactory());
        register(new LongLagTaskFactory());
        register(new VeryLongLagTaskFactory());
        register(new TwoSequenceTaskFactory());
        register(new AddingTaskFactory());
        register(new MultiplicationTaskFactory());
        register(new TemporalOrderTaskFactory());
    }
}
