package org.lstm97.reports.plot;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;

/**
 * Encodes plots for an appendix: SVG (JFreeSVG) and PDF (PDFBox-Graphics2D with the PDF standard fonts),
 * both vector with real, searchable text, and a 300-dpi PNG.
 */
public final class PlotWriter {
    /** Dots per inch of the PNG files. */
    public static final int DPI = 300;
    /**
     * PDFBox logs (through java.util.logging) a warning per font object when the machine lacks the files of the
     * PDF standard fonts, which it needs only to render, never to write: kept strongly here, set to errors only.
     */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    /** The plot as an SVG document. */
    public byte[] svg(Plot plot) {
        SVGGraphics2D g = new SVGGraphics2D(PlotMaker.WIDTH, PlotMaker.HEIGHT);
        plot.chart().draw(g, new Rectangle2D.Double(0, 0, PlotMaker.WIDTH, PlotMaker.HEIGHT));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /** The plot as a one-page PDF, the page the plot's size. */
    public byte[] pdf(Plot plot) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) PlotMaker.WIDTH, (float) PlotMaker.HEIGHT));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) PlotMaker.WIDTH, (float) PlotMaker.HEIGHT);
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            plot.chart().draw(g, new Rectangle2D.Double(0, 0, PlotMaker.WIDTH, PlotMaker.HEIGHT));
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setCreator("lstm97 report");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plot as a PNG at {@value #DPI} dpi (the resolution recorded in the file). */
    public byte[] png(Plot plot) {
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage(
                (int) Math.round(PlotMaker.WIDTH * scale),
                (int) Math.round(PlotMaker.HEIGHT * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        plot.chart().draw(g, new Rectangle2D.Double(0, 0, PlotMaker.WIDTH, PlotMaker.HEIGHT));
        g.dispose();
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(phys);
            metadata.mergeTree("javax_imageio_png_1.0", root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code <dir>/<name>.svg}, {@code .pdf} and {@code .png}; returns the paths. */
    public List<Path> write(Plot plot, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path svg = Files.write(dir.resolve(plot.name() + ".svg"), svg(plot));
        Path pdf = Files.write(dir.resolve(plot.name() + ".pdf"), pdf(plot));
        Path png = Files.write(dir.resolve(plot.name() + ".png"), png(plot));
        return List.of(svg, pdf, png);
    }
}
