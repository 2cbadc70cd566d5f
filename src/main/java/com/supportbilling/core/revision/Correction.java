package com.supportbilling.core.revision;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A row of corrections.csv (R11, D26): a line or refund whose amount a revision changed, with the payer
 * it concerns. Amounts are before tax.
 */
public record Correction(AccountId payer, String invoiceId, String previousInvoiceId, AccountId account,
        EntryType lineType, PlanCode plan, YearMonth serviceMonth, BigDecimal previousAmount, BigDecimal amount) {

    public BigDecimal difference() {
        return amount.subtract(previousAmount);
    }

    public boolean isRefund() {
        return lineType == EntryType.REFUND;
    }
}
