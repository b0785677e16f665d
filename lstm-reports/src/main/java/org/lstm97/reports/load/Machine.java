package org.lstm97.reports.load;

/** The machine an experiment ran on, as recorded in {@code experiment.json}. */
public record Machine(String os, String arch, int cores, String java) {

    public static final Machine UNKNOWN = new Machine("unknown", "unknown", 0, "unknown");

    /** One line, e.g. {@code Linux 6.1 amd64, 2 cores, Java 17.0.15}. */
    public String describe() {
        return os + " " + arch + ", " + cores + " cores, Java " + java;
    }
}
