package com.supportbilling.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's operators are those PDFBox's own content stream writes, byte for byte, and reach the page's PDF stream
 * whole and unfiltered.
 */
class PageContentTest {

    private static final Typeface.Faces HELVETICA = FaceCacheTest.HELVETICA;

    @Test
    void everyOperatorIsWrittenAsPdfBoxWritesIt() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            float x = position(random);
            float y = position(random);
            float size = 1 + random.nextInt(400) / 8f;
            float gray = random.nextInt(1001) / 1000f;
            PDFont font = random.nextBoolean() ? HELVETICA.regular() : HELVETICA.bold();
            byte[] codes = new FaceCache().codes("Total (USD) " + x, font);
            try (PDDocument document = new PDDocument()) {
                PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB));
                byte[] ours = ours(page -> {
                    page.image(image, x, y, size * 3, size * 2);
                    page.gray(gray, true);
                    page.lineWidth(size / 30);
                    page.line(x, y, y, x);
                    page.beginText();
                    page.font(font, size);
                    page.gray(gray, false);
                    page.renderingMode(RenderingMode.FILL_STROKE);
                    page.newLineAtOffset(x, -y);
                    page.showText(codes);
                    page.renderingMode(RenderingMode.FILL);
                    page.endText();
                });
                byte[] pdfBox = pdfBoxs(document, stream -> {
                    stream.drawImage(image, x, y, size * 3, size * 2);
                    stream.setStrokingColor(gray, gray, gray);
                    stream.setLineWidth(size / 30);
                    stream.moveTo(x, y);
                    stream.lineTo(y, x);
                    stream.stroke();
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.setNonStrokingColor(gray, gray, gray);
                    stream.setRenderingMode(RenderingMode.FILL_STROKE);
                    stream.newLineAtOffset(x, -y);
                    stream.showText("Total (USD) " + x);
                    stream.setRenderingMode(RenderingMode.FILL);
                    stream.endText();
                });
                assertThat(new String(ours)).as("x %s, y %s, size %s, gray %s", x, y, size, gray).isEqualTo(new String(pdfBox));
            }
        }
    }

    @Test
    void aNumberNoPageCanHoldIsRefused() {
        PageContent page = new PageContent();
        page.start(new PDResources());

        assertThatThrownBy(() -> page.lineWidth(Float.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NaN is not a position or size on a page");
        assertThatThrownBy(() -> page.newLineAtOffset(1, Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8191, 8192, 8193, 100_000})
    void whatIsWrittenIsTheStreamsDataByteForByte(int length) throws IOException {
        COSStream stream = new COSStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        PageContent content = new PageContent();
        content.start(new PDResources());
        for (int i = 0; i < length; ) {
            if (i % 3 == 0) {
                content.write(i % 251);
                expected.write(i % 251);
                i++;
            } else {
                byte[] run = new byte[Math.min(length - i, 1 + i % 5000)];
                Arrays.fill(run, (byte) (i % 127));
                content.write(run, 0, run.length);
                expected.write(run, 0, run.length);
                i += run.length;
            }
        }
        content.finish(stream);

        try (InputStream data = stream.createInputStream()) {
            assertThat(data.readAllBytes()).isEqualTo(expected.toByteArray());
        }
        assertThat(stream.getInt(COSName.LENGTH)).isEqualTo(length);
        assertThat(stream.getFilters()).isNull();
    }

    @Test
    void aPageStartedAgainHoldsOnlyWhatIsWrittenForIt() throws IOException {
        PageContent content = new PageContent();
        content.start(new PDResources());
        content.beginText();
        content.finish(new COSStream());
        content.start(new PDResources());
        content.endText();
        COSStream second = new COSStream();
        content.finish(second);

        try (InputStream data = second.createInputStream()) {
            assertThat(new String(data.readAllBytes())).isEqualTo("ET\n");
        }
    }

    /** A position on a page, or beyond its edge, to a hundred-thousandth of a point. */
    private static float position(Random random) {
        return (random.nextInt(2_000_000_00) - 50_000_000) / 100_000f;
    }

    private interface Drawing<T> {
        void draw(T page) throws IOException;
    }

    private static byte[] ours(Drawing<PageContent> drawing) throws IOException {
        PageContent content = new PageContent();
        content.start(new PDResources());
        drawing.draw(content);
        COSStream stream = new COSStream();
        content.finish(stream);
        try (InputStream data = stream.createInputStream()) {
            return data.readAllBytes();
        }
    }

    /** What PDFBox's content stream writes for {@code drawing}, on a form with resources of its own. */
    private static byte[] pdfBoxs(PDDocument document, Drawing<PDPageContentStream> drawing) throws IOException {
        PDAppearanceStream form = new PDAppearanceStream(document);
        form.setResources(new PDResources());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDPageContentStream stream = new PDPageContentStream(document, form, bytes)) {
            drawing.draw(stream);
        }
        return bytes.toByteArray();
    }
}
