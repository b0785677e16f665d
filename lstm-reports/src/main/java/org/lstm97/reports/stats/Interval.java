package org.lstm97.reports.stats;

/** A closed interval [low, high]. */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("interval low " + low + " > high " + high);
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
