package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes a month's documents into a folder of their own, emptied first so that it holds exactly this
 * month's documents: one invoice per invoice, one credit note per refund. The documents are drawn on
 * several threads, each with its own fonts; the first that fails stops the others and fails the whole.
 */
public final class DocumentWriter {

    private final DocumentSettings settings;
    private final SellerDetails seller;
    private final Supplier<List<Path>> fontFolders;

    public DocumentWriter(DocumentSettings settings, SellerDetails seller) {
        this(settings, seller, FontLocator::fontFolders);
    }

    /** With the folders a font is looked for in when the settings name none. */
    DocumentWriter(DocumentSettings settings, SellerDetails seller, Supplier<List<Path>> fontFolders) {
        this.settings = settings;
        this.seller = seller;
        this.fontFolders = fontFolders;
    }

    /** Writes every document of {@code billed} into {@code folder}; returns how many. */
    public int write(BilledMonth billed, DocumentInputs inputs, Path folder) {
        DocumentBuilder builder = new DocumentBuilder(settings.language(), seller, settings.paymentTerms(), inputs,
                billed.month());
        List<Document> documents = new ArrayList<>(billed.invoices().size() + billed.refunds().size());
        billed.invoices().forEach(invoice -> documents.add(builder.invoice(invoice)));
        billed.refunds().forEach(refund -> documents.add(builder.creditNote(refund)));
        DocumentFonts fonts = DocumentFonts.choose(documents, settings.language(), settings.font(), fontFolders);
        byte[] logo = logo();
        emptyFolder(folder);
        int threads = Math.max(1, Math.min(settings.threadCount(), documents.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "documents");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int part = 0; part < threads; part++) {
                int first = part;
                parts.add(pool.submit(() -> draw(documents, first, threads, fonts, logo, folder)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the documents", e);
        } finally {
            pool.shutdownNow();
        }
        return documents.size();
    }

    /** Draws every {@code step}-th document from {@code first}, with this thread's own fonts. */
    private static void draw(List<Document> documents, int first, int step, DocumentFonts fonts, byte[] logo,
            Path folder) {
        DocumentPdf latin = null;
        DocumentPdf unicode = null;
        for (int i = first; i < documents.size() && !Thread.currentThread().isInterrupted(); i += step) {
            Document document = documents.get(i);
            Path file = folder.resolve(document.fileName());
            try {
                DocumentPdf pdf;
                if (fonts.needsUnicode(document)) {
                    unicode = unicode != null ? unicode : new DocumentPdf(fonts.typefaces(true).get(), logo);
                    pdf = unicode;
                } else {
                    latin = latin != null ? latin : new DocumentPdf(fonts.typefaces(false).get(), logo);
                    pdf = latin;
                }
                Files.write(file, pdf.draw(document));
            } catch (IOException e) {
                throw new UncheckedIOException("The document " + file + " could not be written: " + e.getMessage(), e);
            }
        }
    }

    private byte[] logo() {
        if (seller.logo() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(seller.logo());
        } catch (IOException e) {
            throw new UncheckedIOException("The logo " + seller.logo() + " (billing.seller.logo) cannot be read: "
                    + e.getMessage() + "; name a PNG or JPEG file, or leave the setting out.", e);
        }
    }

    private static void emptyFolder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + folder + ": " + e.getMessage(), e);
        }
    }
}
