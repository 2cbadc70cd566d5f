package com.supportbilling.documents;

import com.supportbilling.resources.ResourceShortageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of a month's documents. An English document whose every character is in PDF's WinAnsi
 * (Latin-1 and a few more) is drawn in Helvetica, which every PDF reader has, and embeds nothing; drawing it
 * finds a character beyond, if any ({@link FaceCache.BeyondTheFace}). Any other (every
 * Korean one, an English one naming a payer in Hangul) embeds the subset it uses of a TrueType font
 * the settings name or this machine has. That font is first cut down, once per run, to the characters
 * all such documents use together, so that each document's own subset is quick to make.
 */
final class DocumentFonts {

    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "cmap",
            "OS/2", "post", "name");

    private final byte[] unicodeFont;

    private DocumentFonts(byte[] unicodeFont) {
        this.unicodeFont = unicodeFont;
    }

    /**
     * Chooses the embedded font of the documents that need one; refuses, naming the fix, when no font has all
     * their characters.
     */
    static DocumentFonts choose(List<Document> needingUnicode, DocumentLanguage language, Path configured,
            Supplier<List<Path>> fontFolders) {
        Set<Integer> needed = new TreeSet<>();
        needingUnicode.forEach(document -> document.texts().forEach(text -> text.codePoints().forEach(needed::add)));
        Path font = configured != null ? checked(configured, needed)
                : FontLocator.find(fontFolders.get(), needed).orElseThrow(() -> new ResourceShortageException(
                        "No font on this machine has every character the " + language.name().toLowerCase()
                                + " documents need (" + sample(needed) + "): install one (Debian: apt-get install "
                                + "fonts-nanum) or name a TrueType file with --billing.documents.font=FILE."));
        return new DocumentFonts(subset(font, needed));
    }

    /** The embedded font, for one drawing thread: parsed once, and subset into each document. */
    Typeface embedded() {
        TrueTypeFont font = parse(unicodeFont);
        return document -> {
            PDType0Font embedded = PDType0Font.load(document, font, true);
            return new Typeface.Faces(embedded, embedded, true);
        };
    }

    /** Helvetica, regular and bold, which every document drawn in it shares and none embeds. */
    static Typeface latin() {
        Typeface.Faces faces = new Typeface.Faces(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), false);
        return document -> faces;
    }

    private static Path checked(Path font, Set<Integer> needed) {
        if (!Files.isReadable(font)) {
            throw new ResourceShortageException("The font file " + font + " (billing.documents.font) does not exist or "
                    + "cannot be read: name a TrueType (.ttf) file, or leave the setting out to use one of this machine's.");
        }
        List<Integer> lacking = FontLocator.covers(font, needed);
        if (!lacking.isEmpty()) {
            throw new ResourceShortageException("The font " + font + " (billing.documents.font) has no glyph for "
                    + sample(new TreeSet<>(lacking)) + ": name a TrueType font that has them.");
        }
        return font;
    }

    private static byte[] subset(Path font, Set<Integer> needed) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
            subsetter.addAll(needed);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + font + ": " + e.getMessage(), e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser(true).parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A few of the characters, for a sentence: {@code 청 (U+CCAD), 구 (U+AD6C), …}. */
    private static String sample(Set<Integer> codePoints) {
        String shown = codePoints.stream().limit(3)
                .map(codePoint -> new String(Character.toChars(codePoint)) + " (U+" + String.format("%04X", codePoint) + ")")
                .collect(Collectors.joining(", "));
        return codePoints.size() > 3 ? shown + ", …" : shown;
    }
}
