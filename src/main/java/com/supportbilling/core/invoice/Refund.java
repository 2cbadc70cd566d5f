package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A refund to the card (R8): the advance billed for the month on a plan, less round(m) of the days
 * used, with its tax at the invoice's rate. Never netted against the invoice.
 */
public record Refund(String id, YearMonth month, AccountId payer, AccountId account, PlanCode plan,
        RefundReason reason, long unusedDays, int daysInMonth, BigDecimal amount, TaxRate taxRate) {

    public BigDecimal tax() {
        return Money.tax(amount, taxRate.rate());
    }

    public BigDecimal total() {
        return amount.add(tax());
    }
}
