package com.supportbilling.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Finds a TrueType font on this machine that has every character the documents need: the usual font
 * folders of Linux, macOS and Windows, Korean sans-serif faces first (Debian's fonts-nanum among
 * them), then any other {@code .ttf} in path order. Collections ({@code .ttc}) and CFF-based
 * {@code .otf} files are passed over: PDFBox embeds a subset only of TrueType outlines.
 */
final class FontLocator {

    private static final List<String> PREFERRED = List.of("nanumgothic.ttf", "nanumbarungothic.ttf", "malgun.ttf",
            "undotum.ttf", "notosanskr-regular.ttf", "nanumsquarer.ttf");

    private FontLocator() {
    }

    static List<Path> fontFolders() {
        String home = System.getProperty("user.home", "");
        return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of(home, ".fonts"),
                Path.of(home, ".local/share/fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"),
                Path.of(home, "Library/Fonts"), Path.of(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts"));
    }

    /** The first font in {@code folders} that maps every code point of {@code needed} to a glyph. */
    static Optional<Path> find(List<Path> folders, Set<Integer> needed) {
        for (Path candidate : candidates(folders)) {
            if (covers(candidate, needed).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The code points of {@code needed} that {@code font} has no glyph for (all of them when it cannot be read). */
    static List<Integer> covers(Path font, Set<Integer> needed) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            List<Integer> lacking = new ArrayList<>();
            for (int codePoint : needed) {
                if (cmap == null || cmap.getGlyphId(codePoint) == 0) {
                    lacking.add(codePoint);
                }
            }
            return lacking;
        } catch (IOException | RuntimeException e) {
            return List.copyOf(needed);
        }
    }

    private static List<Path> candidates(List<Path> folders) {
        List<Path> fonts = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder, 6)) {
                    files.filter(Files::isRegularFile).filter(path -> name(path).endsWith(".ttf")).forEach(fonts::add);
                } catch (IOException | RuntimeException e) {
                    // an unreadable font folder is passed over like a missing one
                }
            }
        }
        fonts.sort(Comparator.comparingInt((Path path) -> {
            int rank = PREFERRED.indexOf(name(path));
            return rank < 0 ? PREFERRED.size() : rank;
        }).thenComparing(Path::toString));
        return fonts;
    }

    private static String name(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
