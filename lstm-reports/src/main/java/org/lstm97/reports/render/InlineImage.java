package org.lstm97.reports.render;

/** A plot to embed in the HTML report: its title and PNG bytes (inlined as a base64 data URI). */
public record InlineImage(String title, byte[] png) {

    public InlineImage {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
