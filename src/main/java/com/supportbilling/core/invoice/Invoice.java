package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One invoice per payer per month (R8): the lines of all its accounts and groups;
 * subtotal = Σ lines, tax = round(subtotal × rate), total = subtotal + tax.
 */
public record Invoice(String id, YearMonth month, AccountId payer, List<InvoiceLine> lines, TaxRate taxRate) {

    public Invoice {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an invoice with no line is not issued");
        }
    }

    public BigDecimal subtotal() {
        return lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    public BigDecimal tax() {
        return Money.tax(subtotal(), taxRate.rate());
    }

    public BigDecimal total() {
        return subtotal().add(tax());
    }
}
