package com.supportbilling.billed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The figures of summary.json that people read; the file's other fields are left aside. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonthSummary(
        String billingMonth,
        int revision,
        String status,
        String startedAt,
        String endedAt,
        String inputFolder,
        Rows rows,
        Map<String, Long> rejectedByReason,
        Usage usage,
        Totals invoices,
        Totals refunds,
        Corrections corrections,
        List<String> warnings,
        Reconciliation reconciliation) {

    public YearMonth month() {
        return YearMonth.parse(billingMonth);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rows(long read, long accepted, long rejected, long skipLimit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Usage(BigDecimal acceptedTotal, BigDecimal eligibleBaseTotal, BigDecimal excludedTotal) {
    }

    /** Invoices: count, subtotal, tax, total; refunds: count, amount, tax, total. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(long count, BigDecimal subtotal, BigDecimal amount, BigDecimal tax, BigDecimal total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Corrections(int previousRevision, long count, BigDecimal linesDifference,
            BigDecimal refundsDifference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reconciliation(boolean holds, List<Check> checks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Check(String name, boolean holds, String detail) {
    }
}
