package org.lstm97.reports.load;

/**
 * A measurement of a row made elsewhere, listed under the variant's {@code references:} in the experiment file
 * and copied into {@code experiment.json}: for example the same protocol run on another implementation. Reports
 * print it as its own labelled line under the row, never as our result.
 *
 * @param label  what was run, e.g. "JKU LSTM simulator, one-hot targets, per-sequence updates"
 * @param source where the measurement comes from (the implementation and who ran it)
 * @param trials trials run
 * @param solved trials that met the row's success criterion
 * @param mean   mean sequences to success over the solved trials, or null
 * @param note   anything else worth a reader's attention, or null
 */
public record Reference(String label, String source, int trials, int solved, Double mean, String note) {}
