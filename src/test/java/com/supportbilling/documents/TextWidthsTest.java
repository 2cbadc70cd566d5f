package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The widths a thread keeps are PDFBox's own, to the last bit, so that lines wrap and amounts align as before. */
class TextWidthsTest {

    private static final Typeface.Faces HELVETICA = faces();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Invoice", "1,234,567.89", "Business – 31 of 31 days, March 2026",
            "10 % on 186,108,452.33 + 7 % on 4,000.00", "Müller & Søn “Ltd.” … €12", "Œuvre ‰ † ‡ • ™ š ž Ÿ",
            "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW iiiiiiiiiiiiiiii"})
    void helveticaWidthsAreExactlyPdfBoxs(String text) throws IOException {
        TextWidths widths = new TextWidths();
        for (PDFont font : new PDFont[] {HELVETICA.regular(), HELVETICA.bold()}) {
            for (float size : new float[] {8.5f, 9, 9.5f, 12, 20}) {
                float expected = font.getStringWidth(text) / 1000 * size;
                assertThat(widths.of(text, font, size)).as("%s at %s", font.getName(), size).isEqualTo(expected);
                assertThat(widths.of(text, font, size)).as("measured again").isEqualTo(expected);
            }
        }
    }

    @Test
    void anEmbeddedFaceIsMeasuredByPdfBox() throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream liberation = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font embedded = PDType0Font.load(document, liberation);
            String text = "Golf Ventures – Ŧ ŋ ā";
            assertThat(new TextWidths().of(text, embedded, 9)).isEqualTo(embedded.getStringWidth(text) / 1000 * 9);
        }
    }

    @Test
    void aCharacterHelveticaCannotShowIsRefusedAsPdfBoxRefusesIt() {
        assertThatThrownBy(() -> new TextWidths().of("골프", HELVETICA.regular(), 9))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Typeface.Faces faces() {
        try {
            return DocumentFonts.latin().faces(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
