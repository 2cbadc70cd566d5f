package com.supportbilling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A published month folder in a form two runs can be compared by: each file as text, without what
 * differs from one run to the next — summary.json's times and input path, the same in report.html
 * (its {@code data-volatile} elements) — and the documents folder as the text PDFBox reads from each
 * document, without its date of issue and due date (the day it ran), as {@code documents.txt}.
 */
public final class PublishedFiles {

    public static final String DOCUMENTS = "documents";
    public static final String DOCUMENTS_TEXT = "documents.txt";

    private PublishedFiles() {
    }

    /** Each published file by name, normalized; the documents folder as {@code documents.txt}; revisions/ left out. */
    public static Map<String, String> contents(Path published) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path path : Folders.entries(published)) {
            String name = path.getFileName().toString();
            if (name.equals(DOCUMENTS)) {
                files.put(DOCUMENTS_TEXT, documentsText(path));
            } else if (Files.isRegularFile(path)) {
                files.put(name, normalize(name, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** summary.json's and report.html's start and end times and absolute input folder differ between runs. */
    public static String normalize(String name, String content) {
        return switch (name) {
            case "summary.json" -> content.replaceAll("\"(started_at|ended_at|input_folder)\" : \"[^\"]*\"", "\"$1\" : \"…\"");
            case "report.html" -> content.replaceAll("(<[^>]* data-volatile[^>]*>)[^<]*", "$1…");
            default -> content;
        };
    }

    /** Every document's text, by file name, its date of issue and due date left out. */
    public static String documentsText(Path documents) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path document : Folders.entries(documents).stream().sorted().toList()) {
            text.append("== ").append(document.getFileName()).append(" ==\n").append(pdfText(document)
                    .replaceAll("(Date of issue|Due date|발행일|지급 기한) \\d{4}-\\d{2}-\\d{2}", "$1 …")
                    .replaceAll("(Please pay by) \\d{4}-\\d{2}-\\d{2}", "$1 …")
                    .replaceAll("\\d{4}-\\d{2}-\\d{2}(까지 지급)", "…$1"));
        }
        return text.toString();
    }

    /** The text of a PDF, as PDFBox extracts it. */
    public static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> names(Path dir) {
        return Folders.entries(dir).stream().map(path -> path.getFileName().toString()).sorted().toList();
    }
}
