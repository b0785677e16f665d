/**
 * Statistics of a row's trials: Wilson intervals for success rates, bootstrap intervals for mean
 * sequences-to-success, and the per-row aggregation over a Tablesaw table of result lines.
 */
package org.lstm97.reports.stats;
