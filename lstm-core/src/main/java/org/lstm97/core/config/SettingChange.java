package org.lstm97.core.config;

import java.io.Serializable;

/**
 * A setting of a row that differs between the file as written (the paper's protocol, for the paper's files)
 * and what ran, because a profile or a {@code --set} changed it: reports label the row with what ran.
 *
 * @param setting the setting, {@code task.<parameter>} or {@code learner.<parameter>} (e.g. {@code task.p})
 * @param paper   its value in the file as written, or null when absent there
 * @param run     its value as run, or null when absent
 */
public record SettingChange(String setting, Object paper, Object run) implements Serializable {}
