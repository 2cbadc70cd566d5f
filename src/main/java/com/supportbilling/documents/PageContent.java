package com.supportbilling.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * A page's content stream, gathered in memory and handed to the page's PDF stream in one write when it is
 * closed. Without a filter, PDFBox passes what a content stream writes on a byte at a time, through four
 * streams, two of them synchronized (D132).
 */
final class PageContent extends Bytes {

    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    private final COSStream stream;

    PageContent(COSStream stream) {
        this.stream = stream;
    }

    /**
     * Shows a text of one-byte codes as {@code PDPageContentStream.showText} writes it: the string as PDFBox
     * writes strings, then {@code Tj}. For a face whose codes {@link FaceCache} keeps, inside a text object whose
     * font PDFBox has set.
     */
    void showText(byte[] codes) throws IOException {
        COSWriter.writeString(codes, this);
        write(SHOW_TEXT, 0, SHOW_TEXT.length);
    }

    /** The page's content, unfiltered, as the stream's data: what it holds is what was written. */
    @Override
    public void close() throws IOException {
        try (OutputStream data = stream.createRawOutputStream()) {
            writeTo(data);
        }
    }
}
