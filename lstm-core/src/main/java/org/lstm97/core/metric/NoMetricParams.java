package org.lstm97.core.metric;

/** The core metrics take no parameters. */
public record NoMetricParams() {}
