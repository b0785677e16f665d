/**
 * Renderers of a {@link org.lstm97.reports.layout.Report}: GitHub Markdown, LaTeX (booktabs, one standalone
 * document per table), a self-contained HTML page, and a tidy CSV with one line per cell. Renderers print
 * only what the report model holds, so their output depends on the results folder alone.
 */
package org.lstm97.reports.render;
