/**
 * Experiment files: safe YAML loading with positions, profiles, grid expansion into rows, and the one-line
 * errors users see for bad input.
 */
package org.lstm97.core.config;
