/**
 * Paper-style tables: one {@link org.lstm97.reports.layout.TableLayout} per paper table (columns in the
 * paper's order), chosen by an experiment's {@code table} field, and the renderer-neutral
 * {@link org.lstm97.reports.layout.PaperTable} model that every renderer prints.
 */
package org.lstm97.reports.layout;
