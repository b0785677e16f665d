package org.lstm97.reports.plot;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/**
 * A chart with the name its files get ({@code <name>.svg}, {@code .pdf}, {@code .png}) and a title for captions.
 */
public record Plot(String name, String title, JFreeChart chart) {

    /** The labels the legend shows, in order. */
    public List<String> legend() {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }

    /** The x values of the series called {@code key} (legend or not), or null when there is none. */
    public double[] xValues(String key) {
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (data.getSeriesKey(s).toString().equals(key)) {
                    double[] x = new double[data.getItemCount(s)];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = data.getXValue(s, i);
                    }
                    return x;
                }
            }
        }
        return null;
    }

    /** The y values of the series called {@code key}, or null when there is none. */
    public double[] yValues(String key) {
        XYPlot plot = chart.getXYPlot();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (data.getSeriesKey(s).toString().equals(key)) {
                    double[] y = new double[data.getItemCount(s)];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = data.getYValue(s, i);
                    }
                    return y;
                }
            }
        }
        return null;
    }
}
