package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a drawing thread keeps of Helvetica is PDFBox's own, to the last bit: the widths lines wrap and amounts
 * align by, and the bytes a text is shown with.
 */
class FaceCacheTest {

    static final Typeface.Faces HELVETICA = faces();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Invoice", "1,234,567.89", "Business – 31 of 31 days, March 2026",
            "10 % on 186,108,452.33 + 7 % on 4,000.00", "Müller & Søn “Ltd.” … €12 (paid) \\ back",
            "Œuvre ‰ † ‡ • ™ š ž Ÿ ÿ ¡ ¿ ×", "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW iiiiiiiiiiiiiiii"})
    void widthsAndCodesAreExactlyPdfBoxs(String text) throws IOException {
        FaceCache cache = new FaceCache();
        for (PDFont font : new PDFont[] {HELVETICA.regular(), HELVETICA.bold()}) {
            assertThat(FaceCache.serves(font)).isTrue();
            for (float size : new float[] {8.5f, 9, 9.5f, 12, 20}) {
                float expected = font.getStringWidth(text) / 1000 * size;
                assertThat(cache.width(text, font, size)).as("%s at %s", font.getName(), size).isEqualTo(expected);
                assertThat(cache.width(text, font, size)).as("measured again").isEqualTo(expected);
            }
            assertThat(cache.codes(text, font)).isEqualTo(font.encode(text));
            assertThat(shownByPdfBox(text, font)).as("the content stream").isEqualTo(shownFromTheCache(text, font, cache));
        }
    }

    @Test
    void anEmbeddedFaceIsLeftToPdfBox() throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream liberation = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font embedded = PDType0Font.load(document, liberation);
            String text = "Golf Ventures – Ŧ ŋ ā";
            assertThat(FaceCache.serves(embedded)).isFalse();
            assertThat(new FaceCache().width(text, embedded, 9)).isEqualTo(embedded.getStringWidth(text) / 1000 * 9);
        }
    }

    /** Where PDFBox refuses a character, the cache says which, for the document to be drawn in another font. */
    @Test
    void aCharacterHelveticaCannotShowIsRefusedWherePdfBoxRefusesIt() {
        assertThatThrownBy(() -> HELVETICA.regular().getStringWidth("골")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceCache().width("골프", HELVETICA.regular(), 9))
                .isInstanceOf(FaceCache.BeyondTheFace.class).hasMessage("Helvetica cannot show U+ace8");
        assertThatThrownBy(() -> new FaceCache().codes("a골", HELVETICA.regular()))
                .isInstanceOf(FaceCache.BeyondTheFace.class).hasMessage("Helvetica cannot show U+ace8");
        assertThatThrownBy(() -> new FaceCache().codes("\u2603", HELVETICA.bold()))
                .isInstanceOf(FaceCache.BeyondTheFace.class).hasMessage("Helvetica-Bold cannot show U+2603");
    }

    private static byte[] shownByPdfBox(String text, PDFont font) throws IOException {
        return content(font, (stream, content) -> stream.showText(text));
    }

    private static byte[] shownFromTheCache(String text, PDFont font, FaceCache cache) throws IOException {
        return content(font, (stream, content) -> content.showText(cache.codes(text, font)));
    }

    private interface Show {
        void show(PDPageContentStream stream, PageContent content) throws IOException;
    }

    /** A text object with {@code font} set and {@code show} inside, as a page's content stream holds it. */
    private static byte[] content(PDFont font, Show show) throws IOException {
        try (PDDocument document = new PDDocument()) {
            COSStream stream = new COSStream();
            PageContent content = new PageContent();
            content.start(new PDResources());
            PDAppearanceStream form = new PDAppearanceStream(document);
            form.setResources(new PDResources());
            try (PDPageContentStream page = new PDPageContentStream(document, form, content)) {
                page.beginText();
                page.setFont(font, 9);
                show.show(page, content);
                page.endText();
            }
            content.finish(stream);
            try (InputStream data = stream.createInputStream()) {
                return data.readAllBytes();
            }
        }
    }

    private static Typeface.Faces faces() {
        try {
            return DocumentFonts.latin().faces(null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
