/** Numbers as the reports print them: grouped counts, percentages, a few significant digits. */
package org.lstm97.reports.text;
