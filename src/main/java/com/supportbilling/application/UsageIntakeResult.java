package com.supportbilling.application;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.usage.UsageFigures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the usage intake found, kept in its step's execution context (as JSON) for the checks and the
 * summary that follow: rows per file and per reject reason, and the money that was accepted, went
 * into the bases, or was left out of them (R2, R10).
 */
public record UsageIntakeResult(List<FileCount> files, Map<String, Long> rejectedByReason, BigDecimal acceptedTotal,
        BigDecimal baseTotal, Map<String, BigDecimal> excludedByCause, int accountsWithBase) {

    public static final String CONTEXT_KEY = "usageIntake.result";

    /** The figures of a finished intake. */
    public static UsageIntakeResult of(UsageFigures figures) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        figures.rejectedByReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        Map<String, BigDecimal> excluded = new LinkedHashMap<>();
        figures.excludedByCause().forEach((cause, amount) -> excluded.put(cause.name(), amount));
        Map<AccountId, BigDecimal> bases = figures.bases();
        BigDecimal baseTotal = bases.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageIntakeResult(figures.fileCounts(), byReason, figures.acceptedTotal(), baseTotal, excluded,
                bases.size());
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileCount::read).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileCount::rejected).sum();
    }

    public BigDecimal excludedTotal() {
        return excludedByCause.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
