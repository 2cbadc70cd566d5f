package com.supportbilling.documents;

import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * What one drawing thread keeps of Helvetica's two faces, which all its documents share: each character's
 * code and width, found once through PDFBox (D132). PDFBox encodes every text it measures or shows into a
 * synchronized byte stream a character at a time, and reads it back a byte at a time to measure it: half of
 * a document's drawing. A text's width is the sum of its characters', added in the order PDFBox adds them,
 * and its codes are those PDFBox gives, so both are PDFBox's to the last bit. An embedded face, subset
 * into each document, is left to PDFBox. A character the face cannot show — one beyond WinAnsi — throws
 * {@link BeyondTheFace}: the document is drawn again in a font that has it.
 */
final class FaceCache {

    /** A character a face of one byte per character cannot show; no stack trace, as the caller expects it. */
    static final class BeyondTheFace extends RuntimeException {

        BeyondTheFace(PDFont font, char c) {
            super(font.getName() + " cannot show U+" + Integer.toHexString(c), null, false, false);
        }
    }

    private final Map<PDFont, Face> faces = new IdentityHashMap<>();

    /** Whether this cache serves {@code font}: a face with one byte per character. */
    static boolean serves(PDFont font) {
        return font instanceof PDType1Font;
    }

    /** The width of {@code text} in {@code font} at {@code size} points. */
    float width(String text, PDFont font, float size) throws IOException {
        if (!serves(font)) {
            return font.getStringWidth(text) / 1000 * size;
        }
        Face face = face(font);
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += face.width(text.charAt(i));
        }
        return width / 1000 * size;
    }

    /** The codes {@code font} shows {@code text} with, one byte per character; only for a face it {@link #serves}. */
    byte[] codes(String text, PDFont font) throws IOException {
        Face face = face(font);
        byte[] codes = new byte[text.length()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = face.code(text.charAt(i));
        }
        return codes;
    }

    private Face face(PDFont font) {
        return faces.computeIfAbsent(font, Face::new);
    }

    /** A face's characters as PDFBox measured and encoded them, each the first time it was asked for. */
    private static final class Face {

        private final PDFont font;
        private final float[] widths = new float[Character.MAX_VALUE + 1];
        private final short[] codes = new short[Character.MAX_VALUE + 1];

        Face(PDFont font) {
            this.font = font;
            Arrays.fill(widths, Float.NaN);
            Arrays.fill(codes, (short) -1);
        }

        float width(char c) throws IOException {
            float width = widths[c];
            if (Float.isNaN(width)) {
                try {
                    width = font.getStringWidth(String.valueOf(c));
                } catch (IllegalArgumentException e) {
                    throw new BeyondTheFace(font, c);
                }
                widths[c] = width;
            }
            return width;
        }

        byte code(char c) throws IOException {
            short code = codes[c];
            if (code < 0) {
                byte[] encoded;
                try {
                    encoded = font.encode(String.valueOf(c));
                } catch (IllegalArgumentException e) {
                    throw new BeyondTheFace(font, c);
                }
                if (encoded.length != 1) {
                    throw new IllegalStateException(font.getName() + " encodes U+" + Integer.toHexString(c)
                            + " in " + encoded.length + " bytes");
                }
                code = (short) (encoded[0] & 0xff);
                codes[c] = code;
            }
            return (byte) code;
        }
    }
}
