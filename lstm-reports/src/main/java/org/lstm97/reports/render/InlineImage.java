package org.lstm97.reports.render;

/** A plot to embed in the HTML report: its title and SVG bytes (inlined as a base64 data URI). */
public record InlineImage(String title, byte[] svg) {

    public InlineImage {
        svg = svg.clone();
    }

    @Override
    public byte[] svg() {
        return svg.clone();
    }
}
