package com.supportbilling.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * summary.json: the run in numbers, with the reconciliation that proves nothing was lost; {@code usageExport}
 * names the version of a synced AWS export the usage was read from (D72), when there was one.
 */
public record RunSummary(
        String billingMonth,
        int revision,
        String status,
        String startedAt,
        String endedAt,
        String inputFolder,
        @JsonInclude(JsonInclude.Include.NON_NULL) String usageExport,
        List<FileRows> files,
        Rows rows,
        Map<String, Long> rejectedByReason,
        Usage usage,
        Invoices invoices,
        Refunds refunds,
        Allocations allocations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Corrections corrections,
        List<String> warnings,
        Reconciliation reconciliation) {

    public static final String COMPLETED = "COMPLETED";
    public static final String DRY_RUN = "DRY_RUN";

    public record FileRows(String file, long rowsRead, long rowsAccepted, long rowsRejected) {
    }

    public record Rows(long read, long accepted, long rejected, long skipLimit) {
    }

    public record Usage(BigDecimal acceptedTotal, BigDecimal eligibleBaseTotal, BigDecimal excludedTotal,
            Map<String, BigDecimal> excludedByCause, int accountsWithBase) {
    }

    public record Invoices(long count, long lineCount, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    public record Refunds(long count, BigDecimal amount, BigDecimal tax, BigDecimal total) {
    }

    public record Allocations(long count, BigDecimal total) {
    }

    /** A rerun's changes against the revision before it (R11). */
    public record Corrections(int previousRevision, long count, BigDecimal linesDifference,
            BigDecimal refundsDifference) {
    }

    public record Reconciliation(boolean holds, BigDecimal invoiceLinesTotal, BigDecimal invoiceSubtotalsTotal,
            BigDecimal acceptedUsageTotal, BigDecimal basesPlusExcluded, List<Check> checks) {
    }

    public record Check(String name, boolean holds, String detail) {
    }
}
