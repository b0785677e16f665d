package org.lstm97.reports.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A logarithmic axis whose tick labels are plain strings. {@link LogAxis} labels its ticks with attributed
 * strings (for powers such as 10³), which JFreeChart draws through {@code TextLayout}: as outlines in SVG and
 * PDF. Plain labels are drawn with {@code drawString}, so they stay text that can be searched and copied.
 */
final class TextLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    TextLogAxis(String label) {
        super(label);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<Object> ticks = new ArrayList<>();
        for (Object tick : super.refreshTicks(g2, state, dataArea, edge)) {
            if (tick instanceof LogTick log) {
                ticks.add(new NumberTick(
                        log.getTickType(),
                        log.getValue(),
                        text(log),
                        log.getTextAnchor(),
                        log.getRotationAnchor(),
                        log.getAngle()));
            } else {
                ticks.add(tick);
            }
        }
        return ticks;
    }

    private static String text(ValueTick tick) {
        if (!(tick instanceof LogTick log) || log.getAttributedLabel() == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            out.append(c);
        }
        return out.toString();
    }
}
