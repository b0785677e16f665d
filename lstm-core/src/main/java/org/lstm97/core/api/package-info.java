/**
 * The vocabulary every module speaks: sequences, tasks, networks, learners, stop rules and metrics.
 *
 * <p>Nothing here knows a concrete task, learner or baseline; those are plugins registered by name.
 */
package org.lstm97.core.api;
