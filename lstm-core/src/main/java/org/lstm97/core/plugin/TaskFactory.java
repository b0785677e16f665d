package org.lstm97.core.plugin;

import org.lstm97.core.api.SequenceTask;

/** Builds a {@link SequenceTask} from its parameter record; registered under its YAML type name. */
public abstract class TaskFactory<P extends Record> extends PluginFactory<P, SequenceTask> {

    protected TaskFactory(String type, Class<P> parameters, String description) {
        super(type, parameters, description);
    }

    @Override
    public final Kind kind() {
        return Kind.TASK;
    }
}
