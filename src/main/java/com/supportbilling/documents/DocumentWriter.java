package com.supportbilling.documents;

import com.supportbilling.billed.BilledMonth;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Writes a month's documents into a folder (the caller gives an empty one): one invoice per invoice,
 * one credit note per refund. The documents are drawn on
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

    /** How many documents were written, and the processor time their threads took (whatever else ran). */
    public record Written(int count, Duration cpu) {
    }

    /**
     * Writes every document of {@code billed} into {@code folder}. An English document is drawn in Helvetica as soon
     * as it is written out; one with a character Helvetica cannot show, and every Korean one, waits until every one
     * of them is known, for the font that has all their characters.
     */
    public Written write(BilledMonth billed, DocumentInputs inputs, Path folder) {
        DocumentLanguage language = settings.language();
        DocumentBuilder builder = new DocumentBuilder(language, seller, settings.paymentTerms(), inputs, billed.month());
        int invoices = billed.invoices().size();
        int count = invoices + billed.refunds().size();
        int threads = Math.max(1, Math.min(settings.threadCount(), count));
        byte[] logo = logo(seller);
        AtomicLong cpu = new AtomicLong();
        List<List<Document>> waiting = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            waiting.add(new ArrayList<>());
        }
        inParallel(threads, cpu, part -> {
            Drawer latin = new Drawer(new DocumentPdf(DocumentFonts.latin(), logo), folder);
            for (int i = part; i < count && !Thread.currentThread().isInterrupted(); i += threads) {
                Document document = i < invoices ? builder.invoice(billed.invoices().get(i))
                        : builder.creditNote(billed.refunds().get(i - invoices));
                if (language != DocumentLanguage.EN) {
                    waiting.get(part).add(document);
                    continue;
                }
                try {
                    latin.write(document);
                } catch (FaceCache.BeyondTheFace e) { // a name in Hangul, say: this one waits for the embedded font
                    waiting.get(part).add(document);
                }
            }
        });
        List<Document> needingUnicode = waiting.stream().flatMap(List::stream).toList();
        if (!needingUnicode.isEmpty()) {
            DocumentFonts fonts = DocumentFonts.choose(needingUnicode, language, settings.font(), fontFolders);
            inParallel(threads, cpu, part -> {
                Drawer embedded = new Drawer(new DocumentPdf(fonts.embedded(), logo), folder);
                for (int i = part; i < needingUnicode.size() && !Thread.currentThread().isInterrupted(); i += threads) {
                    embedded.write(needingUnicode.get(i));
                }
            });
        }
        try {
            Files.createDirectories(folder); // a month without documents has its folder too, empty
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        return new Written(count, Duration.ofNanos(cpu.get()));
    }

    /** One thread's drawing: its fonts, and the folder, made when its first document is written. */
    private static final class Drawer {

        private final DocumentPdf pdf;
        private final Path folder;
        private boolean folderMade;

        Drawer(DocumentPdf pdf, Path folder) {
            this.pdf = pdf;
            this.folder = folder;
        }

        void write(Document document) {
            Path file = folder.resolve(document.fileName());
            try {
                Bytes drawn = pdf.draw(document);
                if (!folderMade) {
                    Files.createDirectories(folder);
                    folderMade = true;
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    drawn.writeTo(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The document " + file + " could not be written: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs parts 0 … {@code threads} − 1 on threads of their own, adding their processor time to {@code cpu};
     * the first that fails stops the others.
     */
    private static void inParallel(int threads, AtomicLong cpu, IntConsumer part) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "documents");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                parts.add(pool.submit(() -> {
                    ThreadMXBean processor = ManagementFactory.getThreadMXBean();
                    long start = processor.getCurrentThreadCpuTime();
                    try {
                        part.accept(index);
                    } finally {
                        cpu.addAndGet(processor.getCurrentThreadCpuTime() - start);
                    }
                }));
            }
            for (Future<?> running : parts) {
                running.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the documents", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The seller's logo, or null without one. */
    private static byte[] logo(SellerDetails seller) {
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
}
