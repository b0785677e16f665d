package org.lstm97.core.plugin;

import org.lstm97.core.api.Learner;

/** Builds a {@link Learner} from its parameter record; registered under its YAML type name. */
public abstract class LearnerFactory<P extends Record> extends PluginFactory<P, Learner> {

    protected LearnerFactory(String type, Class<P> parameters, String description) {
        super(type, parameters, description);
    }

    @Override
    public final Kind kind() {
        return Kind.LEARNER;
    }
}
