/**
 * Paper-style reports of a results folder. {@link org.lstm97.reports.ReportGenerator} is the facade the CLI
 * calls: it loads the folder ({@code load}), aggregates rows ({@code stats}), lays out the paper's tables
 * ({@code layout}), judges each row ({@code verdict}), renders ({@code render}) and plots ({@code plot}).
 */
package org.lstm97.reports;
