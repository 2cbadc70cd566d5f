package com.supportbilling.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws a {@link Document} on A4 pages with PDFBox: the seller and the logo at the top, the title with
 * the document's number and dates, the payer, the lines with their arithmetic, the totals and the notes;
 * a line that does not fit starts a new page under the column headings again. One instance per thread.
 */
final class DocumentPdf {

    private static final float LEFT = 50;
    private static final float RIGHT = 545;
    private static final float TOP = 792;
    private static final float BOTTOM = 60;
    private static final float WORDS_WIDTH = 390;
    private static final float GRAY = 0.4f;

    private final Typeface typeface;
    private final byte[] logo;
    private final FaceCache faceCache = new FaceCache();
    private final PageContent page = new PageContent();
    private final Bytes saved = new Bytes();
    /**
     * The document's embedded fonts that texts were shown in, each cut down to what it showed before the document
     * is saved: PDFBox does that by itself only for fonts set through its own content stream (D135).
     */
    private final Set<PDFont> subsetting = Collections.newSetFromMap(new IdentityHashMap<>());

    private PDDocument document;
    private Typeface.Faces faces;
    private PDStream pageStream;
    private float y;
    private boolean inText;
    /** Where the current text object's line starts: texts are placed relative to it (Td, not Tm). */
    private float lineX;
    private float lineY;
    private PDFont shownFont;
    private float shownSize;
    private float shownGray;
    private boolean shownBold;

    DocumentPdf(Typeface typeface, byte[] logo) {
        this.typeface = typeface;
        this.logo = logo;
    }

    /** Draws {@code content}: the document's bytes, until this instance draws the next. */
    Bytes draw(Document content) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            faces = typeface.faces(pdf);
            newPage();
            header(content);
            table(content);
            totals(content);
            for (String note : content.notes()) {
                paragraph(note, faces.regular(), 9, LEFT, RIGHT - LEFT, 0);
            }
            endPage();
            for (PDFont font : subsetting) {
                font.subset();
            }
            saved.clear();
            pdf.save(saved, CompressParameters.NO_COMPRESSION);
            return saved;
        } finally {
            document = null;
            pageStream = null;
            subsetting.clear();
            inText = false;
        }
    }

    private void header(Document content) throws IOException {
        if (logo != null) {
            endText();
            PDImageXObject image = PDImageXObject.createFromByteArray(document, logo, "logo");
            float scale = Math.min(140f / image.getWidth(), 56f / image.getHeight());
            page.image(image, RIGHT - image.getWidth() * scale, TOP - image.getHeight() * scale + 10,
                    image.getWidth() * scale, image.getHeight() * scale);
        }
        List<String> seller = content.seller();
        text(seller.get(0), faces.bold(), 12, LEFT, y, 0);
        y -= 15;
        for (String line : seller.subList(1, seller.size())) {
            text(line, faces.regular(), 9, LEFT, y, GRAY);
            y -= 11.5f;
        }
        y -= 22;
        float titleTop = y;
        text(content.title(), faces.bold(), 20, LEFT, y, 0);
        y -= 30;
        text(content.buyerTitle(), faces.bold(), 9, LEFT, y, GRAY);
        y -= 13;
        for (String line : content.buyer()) {
            text(line, line.equals(content.buyer().get(0)) ? faces.bold() : faces.regular(), 10, LEFT, y, 0);
            y -= 13;
        }
        float fieldsY = titleTop;
        for (Document.Field field : content.fields()) {
            text(field.label(), faces.regular(), 9, 300, fieldsY, GRAY);
            rightAligned(field.value(), faces.regular(), 9, RIGHT, fieldsY);
            fieldsY -= 13;
        }
        y = Math.min(y, fieldsY) - 20;
    }

    private void table(Document content) throws IOException {
        columnHeadings(content);
        for (Document.Row row : content.rows()) {
            List<String> words = wrap(row.words(), faces.regular(), 8.5f, WORDS_WIDTH);
            float height = 13 + (row.account().isEmpty() ? 0 : 11) + words.size() * 10.5f + 6;
            if (y - height < BOTTOM) {
                newPage();
                columnHeadings(content);
            }
            text(row.heading(), faces.bold(), 9.5f, LEFT, y, 0);
            rightAligned(row.amount(), faces.regular(), 9.5f, RIGHT, y);
            y -= 12;
            if (!row.account().isEmpty()) {
                text(row.account(), faces.regular(), 8.5f, LEFT, y, GRAY);
                y -= 11;
            }
            for (String line : words) {
                text(line, faces.regular(), 8.5f, LEFT, y, GRAY);
                y -= 10.5f;
            }
            y -= 7;
        }
        rule(y + 3);
        y -= 12;
    }

    private void columnHeadings(Document content) throws IOException {
        text(content.descriptionHeading(), faces.bold(), 9, LEFT, y, GRAY);
        rightAligned(content.amountHeading(), faces.bold(), 9, RIGHT, y);
        rule(y - 5);
        y -= 20;
    }

    private void totals(Document content) throws IOException {
        if (y - content.totals().size() * 15 - 30 < BOTTOM) {
            newPage();
        }
        List<Document.Field> totals = content.totals();
        for (int i = 0; i < totals.size(); i++) {
            boolean last = i == totals.size() - 1;
            PDFont font = last ? faces.bold() : faces.regular();
            float size = last ? 11 : 9.5f;
            text(totals.get(i).label(), font, size, 330, y, 0);
            rightAligned(totals.get(i).value(), font, size, RIGHT, y);
            y -= last ? 18 : 14;
        }
        y -= 14;
    }

    private void paragraph(String text, PDFont font, float size, float x, float width, float gray) throws IOException {
        for (String line : wrap(text, font, size, width)) {
            if (y < BOTTOM) {
                newPage();
            }
            text(line, font, size, x, y, gray);
            y -= size + 3;
        }
    }

    private void newPage() throws IOException {
        if (pageStream != null) {
            endPage();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        PDResources resources = directResources();
        next.setResources(resources);
        pageStream = new PDStream(document);
        next.setContents(pageStream);
        page.start(resources);
        font(null, 0, 0, false);
        y = TOP;
    }

    /**
     * Resources written inside the page, their fonts too, rather than as objects of their own: two objects of a
     * one-page document's eight, each an entry of the cross-reference table PDFBox formats number by number (D136).
     */
    private static PDResources directResources() {
        COSDictionary resources = new COSDictionary();
        resources.setDirect(true);
        COSDictionary fonts = new COSDictionary();
        fonts.setDirect(true);
        resources.setItem(COSName.FONT, fonts);
        return new PDResources(resources);
    }

    private void endPage() throws IOException {
        endText();
        page.finish(pageStream.getCOSObject());
    }

    /**
     * Shows {@code text} at (x, y). Texts follow each other in one text object, each placed from the line
     * before, and the font, colour and rendering mode, which last from one text object to the next on a
     * page, are set only when they change: fewer operators, a smaller and quicker document.
     */
    private void text(String text, PDFont font, float size, float x, float atY, float gray) throws IOException {
        if (!inText) {
            page.beginText();
            inText = true;
            lineX = 0;
            lineY = 0;
        }
        boolean bold = faces.drawBold() && font == faces.bold();
        if (font != shownFont || size != shownSize) {
            page.font(font, size);
            if (bold) {
                page.lineWidth(size / 30);
            }
        }
        if (gray != shownGray) {
            page.gray(gray, false);
            page.gray(gray, true);
        }
        if (bold != shownBold) {
            page.renderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        }
        font(font, size, gray, bold);
        page.newLineAtOffset(x - lineX, atY - lineY); // two numbers where a text matrix takes six
        lineX = x;
        lineY = atY;
        page.showText(codes(text, font));
    }

    /**
     * The codes {@code font} shows {@code text} with: Helvetica's from the thread's cache; an embedded font's from
     * PDFBox, which keeps the text's characters in the subset it embeds (without glyph substitution, D135).
     */
    private byte[] codes(String text, PDFont font) throws IOException {
        if (FaceCache.serves(font)) {
            return faceCache.codes(text, font);
        }
        if (font.willBeSubset()) {
            subsetting.add(font);
            text.codePoints().forEach(font::addToSubset);
        }
        return font.encode(text);
    }

    private void font(PDFont font, float size, float gray, boolean bold) {
        shownFont = font;
        shownSize = size;
        shownGray = gray;
        shownBold = bold;
    }

    private void endText() throws IOException {
        if (inText) {
            page.endText();
            inText = false;
        }
    }

    private void rightAligned(String text, PDFont font, float size, float right, float atY) throws IOException {
        text(text, font, size, right - width(text, font, size), atY, 0);
    }

    private void rule(float atY) throws IOException {
        endText();
        page.gray(0.75f, true);
        page.lineWidth(0.6f);
        page.line(LEFT, atY, RIGHT, atY);
        // the text's stroking colour and line width (bold drawn by stroking) are set again by the next text
        shownFont = null;
        shownGray = -1;
    }

    private float width(String text, PDFont font, float size) throws IOException {
        return faceCache.width(text, font, size);
    }

    /**
     * Splits {@code text} into lines no wider than {@code width}: at spaces, or inside a word too long for a
     * line. Widths add up (PDFBox applies no kerning), so each word is measured once.
     */
    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(" ", font, size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            float wordWidth = width(word, font, size);
            if (line.isEmpty() ? wordWidth <= width : lineWidth + space + wordWidth <= width) {
                lineWidth += line.isEmpty() ? wordWidth : space + wordWidth;
                line.append(line.isEmpty() ? "" : " ").append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = width(rest, font, size);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
