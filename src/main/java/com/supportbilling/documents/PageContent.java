package com.supportbilling.documents;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.NumberFormatUtil;

/**
 * The operators a page is drawn with, gathered in memory and handed to the page's PDF stream in one write when
 * the page is done (D132). They are written as PDFBox's {@code PDPageContentStream} writes them, byte for byte,
 * through PDFBox's own writers of numbers, names and strings; the fonts and images they name are PDFBox's, added
 * to the page's resources by PDFBox (D135). One per drawing thread, used again for each page.
 */
final class PageContent extends Bytes {

    /** The fraction digits PDFBox's content streams write numbers with. */
    private static final int FRACTION_DIGITS = 4;

    private final byte[] number = new byte[32];
    private PDResources resources;

    /** Starts a page whose resources are {@code resources}: what was written for the page before is forgotten. */
    void start(PDResources resources) {
        clear();
        this.resources = resources;
    }

    /** The page's content, unfiltered, as {@code stream}'s data: what it holds is what was written. */
    void finish(COSStream stream) throws IOException {
        try (OutputStream data = stream.createRawOutputStream()) {
            writeTo(data);
        }
    }

    void beginText() {
        operator("BT");
    }

    void endText() {
        operator("ET");
    }

    /** {@code font} at {@code size} points, named in the page's resources. */
    void font(PDFont font, float size) throws IOException {
        name(resources.add(font));
        number(size);
        operator("Tf");
    }

    void lineWidth(float width) {
        number(width);
        operator("w");
    }

    /** A gray, as the colour text is filled with or lines are stroked with. */
    void gray(float gray, boolean stroking) {
        number(gray);
        number(gray);
        number(gray);
        operator(stroking ? "RG" : "rg");
    }

    void renderingMode(RenderingMode mode) {
        number(mode.intValue());
        operator("Tr");
    }

    /** The next text starts at (dx, dy) from where the line before started. */
    void newLineAtOffset(float dx, float dy) {
        number(dx);
        number(dy);
        operator("Td");
    }

    /** Shows a text by its codes in the current font: the string as PDFBox writes strings, then {@code Tj}. */
    void showText(byte[] codes) throws IOException {
        COSWriter.writeString(codes, this);
        write(' ');
        operator("Tj");
    }

    /** A straight line from (x1, y1) to (x2, y2), stroked. */
    void line(float x1, float y1, float x2, float y2) {
        number(x1);
        number(y1);
        operator("m");
        number(x2);
        number(y2);
        operator("l");
        operator("S");
    }

    /** {@code image} drawn in the rectangle at (x, y) of {@code width} by {@code height}. */
    void image(PDImageXObject image, float x, float y, float width, float height) throws IOException {
        operator("q");
        number(width);
        number(0);
        number(0);
        number(height);
        number(x);
        number(y);
        operator("cm");
        name(resources.add(image));
        operator("Do");
        operator("Q");
    }

    private void number(float value) {
        int length = NumberFormatUtil.formatFloatFast(value, FRACTION_DIGITS, number);
        if (length < 0) { // NaN, infinite, or beyond any page
            throw new IllegalArgumentException(value + " is not a position or size on a page");
        }
        write(number, 0, length);
        write(' ');
    }

    private void name(COSName name) throws IOException {
        name.writePDF(this);
        write(' ');
    }

    private void operator(String operator) {
        for (int i = 0; i < operator.length(); i++) {
            write(operator.charAt(i));
        }
        write('\n');
    }
}
