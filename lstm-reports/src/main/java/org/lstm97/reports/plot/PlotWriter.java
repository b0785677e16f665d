package org.lstm97.reports.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;

/** Encodes plots as PNG and SVG. */
public final class PlotWriter {

    /** The plot as PNG bytes. */
    public byte[] png(Plot plot) {
        try {
            return BitmapEncoder.getBitmapBytes(plot.chart(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plot as SVG bytes. */
    public byte[] svg(Plot plot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(plot.chart(), out,
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code <dir>/<name>.svg} and {@code <dir>/<name>.png}; returns both paths. */
    public List<Path> write(Plot plot, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path svg = dir.resolve(plot.name() + ".svg");
        Path png = dir.resolve(plot.name() + ".png");
        try (OutputStream out = Files.newOutputStream(svg)) {
            out.write(svg(plot));
        }
        Files.write(png, png(plot));
        return List.of(svg, png);
    }
}
