package com.supportbilling.intake.usage;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.FeeBasePolicy;
import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sums the month's usage: each account's fee base (R2), what was accepted and left out of the base,
 * and rows read, accepted and rejected per file and per reason — the figures the summary reconciles.
 */
public final class UsageTally implements UsageFigures {

    private final FeeBasePolicy policy;
    private final Map<AccountId, BigDecimal> bases = new HashMap<>();
    private final Map<String, long[]> files = new LinkedHashMap<>();
    private final Map<RejectReason, Long> rejectedByReason = new EnumMap<>(RejectReason.class);
    private final Map<FeeBasePolicy.Exclusion, BigDecimal> excluded = new EnumMap<>(FeeBasePolicy.Exclusion.class);
    private BigDecimal accepted = BigDecimal.ZERO;

    public UsageTally(FeeBasePolicy policy) {
        this.policy = policy;
    }

    /** Counts a file even when it has no rows, so that the summary lists it. */
    public void file(String file) {
        files.computeIfAbsent(file, key -> new long[2]);
    }

    /** Counts a validated row: an accepted line into its bases, a rejection into its reason; returns the latter. */
    public Optional<Rejection> add(UsageOutcome outcome) {
        if (outcome instanceof UsageOutcome.Accepted accepted) {
            accept(accepted.sourceFile(), accepted.line());
            return Optional.empty();
        }
        Rejection rejection = ((UsageOutcome.Rejected) outcome).rejection();
        reject(rejection.sourceFile(), rejection.reason());
        return Optional.of(rejection);
    }

    public void accept(String file, UsageLine line) {
        files.computeIfAbsent(file, key -> new long[2])[0]++;
        accepted = accepted.add(line.amount());
        FeeBasePolicy.Exclusion exclusion = policy.exclusion(line.chargeType(), line.service(), line.billingEntity());
        if (exclusion == null) {
            bases.merge(line.account(), line.amount(), BigDecimal::add);
        } else {
            excluded.merge(exclusion, line.amount(), BigDecimal::add);
        }
    }

    public void reject(String file, RejectReason reason) {
        long[] counts = files.computeIfAbsent(file, key -> new long[2]);
        counts[0]++;
        counts[1]++;
        rejectedByReason.merge(reason, 1L, Long::sum);
    }

    /** Each account's fee base: the sum of its eligible lines. */
    public Map<AccountId, BigDecimal> bases() {
        return bases;
    }

    public BigDecimal acceptedTotal() {
        return accepted;
    }

    public Map<FeeBasePolicy.Exclusion, BigDecimal> excludedByCause() {
        return excluded;
    }

    public BigDecimal excludedTotal() {
        return excluded.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<RejectReason, Long> rejectedByReason() {
        return rejectedByReason;
    }

    public long rowsRead() {
        return files.values().stream().mapToLong(counts -> counts[0]).sum();
    }

    public long rowsRejected() {
        return files.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    public List<FileCount> fileCounts() {
        return files.entrySet().stream().map(entry -> new FileCount(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1])).toList();
    }
}
