package org.lstm97.core.api;

/**
 * What one processed sequence looked like to the stop rules.
 *
 * @param correct         the task's own judgement of the whole sequence
 * @param endMaxAbsError  max over output units of |target - output| at the last target step
 * @param endMeanAbsError mean over output units of |target - output| at the last target step
 * @param squaredError    sum over target steps and output units of (target - output)^2
 * @param endCleanAbsDiff mean over output units of |noise-free target - output| at the last target step
 */
public record SequenceOutcome(
        boolean correct, double endMaxAbsError, double endMeanAbsError, double squaredError, double endCleanAbsDiff) {}
