package com.supportbilling.ops.watch;

import com.supportbilling.ops.WorkGate;
import com.supportbilling.ops.health.LastWorkHealth;
import com.supportbilling.state.BillingSessions;
import com.supportbilling.state.BillingUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Handles one complete drop: bills it in a billing application of its own, closed right after (so
 * that the state is free while the watcher waits), then files it in processed/ or failed/ with its
 * report — or leaves it in the inbox for a later poll when it cannot be billed now.
 */
final class DropHandler {

    private static final Logger log = WatchLog.LOG;

    private final BillingSessions sessions;
    private final DropBilling billing;
    private final DropArchive archive;
    private final RetryLater retryLater;
    private final WorkGate gate;
    private final LastWorkHealth lastDrop;
    private final Clock clock;
    private final Path logFile;

    DropHandler(BillingSessions sessions, DropBilling billing, DropArchive archive, RetryLater retryLater, WorkGate gate,
            LastWorkHealth lastDrop, Clock clock, Path logFile) {
        this.sessions = sessions;
        this.billing = billing;
        this.archive = archive;
        this.retryLater = retryLater;
        this.gate = gate;
        this.lastDrop = lastDrop;
        this.clock = clock;
        this.logFile = logFile;
    }

    void handle(Path drop) {
        if (!gate.enter()) {
            return; // stopping: the drop stays for the next watcher
        }
        try {
            if (Files.isDirectory(drop)) {
                DropName.monthOf(drop.getFileName().toString()).ifPresent(month -> handle(drop, month));
            }
        } catch (RuntimeException e) {
            // not the drop's fault as far as anyone knows: keep it, and do not retry at every poll
            retryLater.later(drop);
            lastDrop.failed(details(drop, null, "could not be handled", e.getMessage()));
            log.error("drop {}: could not be handled: {}; trying again in {}.", drop.getFileName(), e.getMessage(),
                    CompleteDropFilter.humane(retryLater.waitTime()), e);
        } finally {
            gate.leave();
        }
    }

    private void handle(Path drop, YearMonth month) {
        String name = drop.getFileName().toString();
        log.info("drop {}: billing {}", name, month);
        DropResult result;
        try {
            result = sessions.open("watch, billing " + month + " from the drop " + name,
                    context -> billing.bill(context, drop, month));
        } catch (BillingUnavailableException e) {
            result = DropResult.notNow(e.getMessage());
        }
        if (result.kind() == DropResult.Kind.NOT_NOW) {
            retryLater.later(drop);
            log.warn("drop {}: not billed now: {} It stays in the inbox; trying again in {}.", name, result.sentence(),
                    CompleteDropFilter.humane(retryLater.waitTime()));
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            Path filed = archive.file(drop, result.folder(), DropReport.of(drop, month, result, now, logFile), now.toLocalDateTime());
            Map<String, Object> details = details(drop, month, result.exitCode().describe(), result.sentence());
            details.put("filed", filed.toString());
            if (result.kind() == DropResult.Kind.FAILED) {
                lastDrop.failed(details);
            } else {
                lastDrop.succeeded(details);
            }
            log.info("drop {}: {} → {}: {}", name, result.exitCode().describe(),
                    drop.getParent().relativize(filed), result.sentence());
        } catch (IOException e) {
            // the drop is whole where it was: the ledger keeps a billed drop from being billed again
            retryLater.later(drop);
            lastDrop.failed(details(drop, month, result.exitCode().describe() + ", but it could not be moved",
                    e.getMessage()));
            log.error("drop {}: {} but it could not be moved: {}; trying again in {}.", name,
                    result.exitCode().describe(), e.getMessage(),
                    CompleteDropFilter.humane(retryLater.waitTime()), e);
        }
    }

    /** What the health of the last drop shows (D101). */
    private static Map<String, Object> details(Path drop, YearMonth month, String result, String sentence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("drop", drop.getFileName().toString());
        if (month != null) {
            details.put("month", month.toString());
        }
        details.put("result", result);
        details.put("sentence", String.valueOf(sentence));
        return details;
    }
}
