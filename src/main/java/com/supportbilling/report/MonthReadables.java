package com.supportbilling.report;

import com.supportbilling.billed.BilledMonth;
import com.supportbilling.billed.BilledMonthReader;
import com.supportbilling.billed.MonthRows;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.documents.DocumentInputs;
import com.supportbilling.documents.DocumentSettings;
import com.supportbilling.documents.DocumentWriter;
import com.supportbilling.documents.SellerDetails;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.ledger.BilledHistory;
import com.supportbilling.settings.BillingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What people read of a billed month, written into its folder (staged or published): report.html, and,
 * when the seller's details are set, {@code documents/} with every invoice and credit note. Everything
 * it writes is written afresh, so it can run again after a crash, or later for a changed template,
 * seller address or language.
 */
@Component
public class MonthReadables {

    public static final String DOCUMENTS = "documents";
    static final int MONTHS_BEFORE = MonthReportBuilder.MONTHS_SHOWN - 1;

    private final BilledHistory history;
    private final DocumentSettings settings;
    private final SellerDetails seller;
    private final ZoneId zone;

    public MonthReadables(BilledHistory history, DocumentSettings settings, SellerDetails seller,
            BillingProperties properties) {
        this.history = history;
        this.settings = settings;
        this.seller = seller;
        this.zone = properties.zone();
    }

    /** What was written: the report, and the documents (none without seller details) with their processor time. */
    public record Written(Path report, int documents, Duration documentsCpu) {
    }

    /** Writes report.html and the documents of the month folder {@code folder}, billed against {@code reference}. */
    public Written write(Path folder, ReferenceData reference) {
        BilledMonth billed = BilledMonthReader.read(MonthRows.of(folder));
        if (!seller.isComplete()) {
            return new Written(ReportPage.write(billed, reportInputs(billed, reference), folder), 0, Duration.ZERO);
        }
        // the page, with the ledger's figures it shows, is made beside the documents rather than before them:
        // the documents' threads start at once, and the page is ready by the time they end (D120)
        CompletableFuture<Path> report = CompletableFuture.supplyAsync(
                () -> ReportPage.write(billed, reportInputs(billed, reference), folder),
                page -> {
                    Thread thread = new Thread(page, "report");
                    thread.setDaemon(true);
                    thread.start();
                });
        DocumentWriter.Written written;
        try {
            written = writeDocuments(billed, reference, folder);
        } finally {
            report.exceptionally(failure -> null).join(); // no thread writes into the folder once this returns
        }
        return new Written(written(report), written.count(), written.cpu());
    }

    /** The page's path, or the page's own failure as it was thrown. */
    private static Path written(CompletableFuture<Path> report) {
        try {
            return report.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private DocumentWriter.Written writeDocuments(BilledMonth billed, ReferenceData reference, Path folder) {
        DocumentInputs inputs = new DocumentInputs(reference.accounts(), reference.catalog(),
                history.advanceInvoices(billed.month()), issued(billed));
        Path documents = folder.resolve(DOCUMENTS);
        Path fresh = folder.resolve("." + DOCUMENTS + ".part");
        try {
            deleteTree(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + fresh + ": " + e.getMessage(), e);
        }
        DocumentWriter.Written written = new DocumentWriter(settings, seller).write(billed, inputs, fresh);
        replace(documents, fresh);
        return written;
    }

    /** Writes only report.html of a month billed in memory (a dry run) into {@code folder}. */
    public Path writeReport(MonthRows rows, ReferenceData reference, Path folder) {
        BilledMonth billed = BilledMonthReader.read(rows);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        return ReportPage.write(billed, reportInputs(billed, reference), folder);
    }

    private ReportInputs reportInputs(BilledMonth billed, ReferenceData reference) {
        List<BilledHistory.MonthTotal> before = history.monthsBefore(billed.month(), MONTHS_BEFORE);
        Map<AccountId, BigDecimal> previous = before.isEmpty() ? Map.of()
                : history.invoicedByPayer(before.get(before.size() - 1).month(), before.get(before.size() - 1).revision());
        return new ReportInputs(reference.accounts(), reference.timelines(), reference.catalog().inForce(billed.month()),
                before, previous);
    }

    /** The day the revision started, in the billing zone: its documents' date of issue. */
    private LocalDate issued(BilledMonth billed) {
        LocalDateTime started = history.startedAt(billed.month(), billed.revision()).orElse(LocalDateTime.now());
        return started.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).toLocalDate();
    }

    /** Puts {@code fresh} in the place of {@code target}, so that a reader finds the old documents or the new ones. */
    private static void replace(Path target, Path fresh) {
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        try {
            deleteTree(old);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the documents in " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
