package org.lstm97.core.plugin;

import org.lstm97.core.api.StopRule;

/** Builds a {@link StopRule} from its parameter record; registered under its YAML type name. */
public abstract class StopRuleFactory<P extends Record> extends PluginFactory<P, StopRule> {

    protected StopRuleFactory(String type, Class<P> parameters, String description) {
        super(type, parameters, description);
    }

    @Override
    public final Kind kind() {
        return Kind.STOP_RULE;
    }
}
