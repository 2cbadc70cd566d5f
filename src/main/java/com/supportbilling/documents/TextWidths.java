package com.supportbilling.documents;

import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * How wide texts are printed, for one drawing thread. PDFBox measures a text by encoding it into a byte stream
 * and reading it back, a byte at a time: a fifth of a document's drawing. A Helvetica face, which every
 * document of a thread shares, keeps each character's width instead, and a text's width is their sum, added
 * in the same order as PDFBox adds them, so every width is the same to the last bit. An embedded face,
 * subset into each document, is measured by PDFBox.
 */
final class TextWidths {

    private final Map<PDFont, float[]> widthsByFace = new IdentityHashMap<>();

    /** The width of {@code text} in {@code font} at {@code size} points. */
    float of(String text, PDFont font, float size) throws IOException {
        if (!(font instanceof PDType1Font)) {
            return font.getStringWidth(text) / 1000 * size;
        }
        float[] widths = widthsByFace.computeIfAbsent(font, face -> {
            float[] unknown = new float[Character.MAX_VALUE + 1];
            Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float character = widths[c];
            if (Float.isNaN(character)) {
                character = font.getStringWidth(String.valueOf(c));
                widths[c] = character;
            }
            width += character;
        }
        return width / 1000 * size;
    }
}
