/**
 * The {@code lstm97} command line (picocli): run, validate, list, report, reproduce, sample, bench.
 */
package org.lstm97.experiments.cli;
