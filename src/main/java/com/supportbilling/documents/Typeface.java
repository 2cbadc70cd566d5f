package com.supportbilling.documents;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** The fonts one thread draws one document with: a regular face, and a bold one or a regular face drawn bold. */
interface Typeface {

    /** The faces for {@code document}, embedded in it when they must be. */
    Faces faces(PDDocument document) throws IOException;

    /** @param drawBold whether bold text is drawn by stroking the regular face's outline */
    record Faces(PDFont regular, PDFont bold, boolean drawBold) {
    }
}
