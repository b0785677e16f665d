/**
 * Plots of a paper table with JFreeChart, written as SVG and PDF (vector, real text) and 300-dpi PNG: the
 * fraction of trials solved against sequences presented (one line per row, the paper's mean marked) and, where
 * the paper varies one set-up value (q/p in Table 3, T in Table 7), mean sequences-to-success against it.
 */
package org.lstm97.reports.plot;
