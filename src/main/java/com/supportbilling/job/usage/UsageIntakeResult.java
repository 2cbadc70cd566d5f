package com.supportbilling.job.usage;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.usage.block.UsageAccumulator;
import com.supportbilling.intake.usage.UsageTally;
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

    /** The figures of a finished block-wise intake. */
    public static UsageIntakeResult of(UsageAccumulator accumulator) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        accumulator.rejectedByReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        Map<String, BigDecimal> excluded = new LinkedHashMap<>();
        accumulator.excludedByCause().forEach((cause, amount) -> excluded.put(cause.name(), amount));
        Map<AccountId, BigDecimal> bases = accumulator.bases();
        BigDecimal baseTotal = bases.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageIntakeResult(accumulator.fileCounts(), byReason, accumulator.acceptedTotal(), baseTotal, excluded,
                bases.size());
    }

    /** The figures of a finished tally. */
    public static UsageIntakeResult of(UsageTally tally) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        tally.rejectedByReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        Map<String, BigDecimal> excluded = new LinkedHashMap<>();
        tally.excludedByCause().forEach((cause, amount) -> excluded.put(cause.name(), amount));
        BigDecimal baseTotal = tally.bases().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageIntakeResult(tally.fileCounts(), byReason, tally.acceptedTotal(), baseTotal, excluded,
                tally.bases().size());
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
