package org.lstm97.reports.plot;

import org.knowm.xchart.XYChart;

/**
 * A chart with the name its files get ({@code <name>.svg}, {@code <name>.png}) and a title for captions.
 */
public record Plot(String name, String title, XYChart chart) {
}
