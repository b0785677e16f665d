/**
 * The paper's sequence tasks as plugins: {@link org.lstm97.tasks.TasksPlugin} registers one task factory per
 * YAML type; the sub-packages hold one task family each. This package also holds the small helpers the
 * families share (correctness criteria, sequence lengths, unit names).
 */
package org.lstm97.tasks;
