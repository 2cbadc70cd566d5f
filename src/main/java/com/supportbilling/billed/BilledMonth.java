package com.supportbilling.billed;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.invoice.LineType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One revision of a month as its files show it: summary.json's figures, every invoice with its lines,
 * every refund, a rerun's corrections, and the first rejected rows of each reason.
 */
public record BilledMonth(MonthSummary summary, List<Invoice> invoices, List<Refund> refunds,
        List<Correction> corrections, Map<String, List<Reject>> firstRejectsByReason) {

    public YearMonth month() {
        return summary.month();
    }

    public int revision() {
        return summary.revision();
    }

    /** A row of invoices.csv with its rows of invoice-lines.csv. */
    public record Invoice(String id, AccountId payer, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax,
            BigDecimal total, String currency, List<Line> lines) {
    }

    /** A row of invoice-lines.csv; {@code feeBase} is null but on USAGE lines. */
    public record Line(int lineNo, AccountId account, LineType type, PlanCode plan, YearMonth serviceMonth, int days,
            int daysInMonth, BigDecimal feeBase, BigDecimal amount, String description) {
    }

    /** A row of refund-ledger.csv. */
    public record Refund(String id, AccountId payer, AccountId account, PlanCode plan, String reason, int unusedDays,
            int daysInMonth, BigDecimal amount, BigDecimal tax, BigDecimal total) {
    }

    /** A row of corrections.csv. */
    public record Correction(String invoiceId, String previousInvoiceId, AccountId account, String lineType,
            PlanCode plan, YearMonth serviceMonth, BigDecimal previousAmount, BigDecimal amount, BigDecimal difference) {
    }

    /** A row of rejects.csv. */
    public record Reject(String file, long line, String reason, String message, String rawLine) {
    }
}
