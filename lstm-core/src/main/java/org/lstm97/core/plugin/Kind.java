package org.lstm97.core.plugin;

/** The four kinds of plugin an experiment file names by {@code type}. */
public enum Kind {
    LEARNER("learner"),
    TASK("task"),
    STOP_RULE("stop rule"),
    METRIC("metric");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The word used in messages, e.g. "unknown learner 'lstmx'". */
    public String label() {
        return label;
    }
}
