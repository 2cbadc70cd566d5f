package com.supportbilling.application;

import com.supportbilling.core.invoice.BillingMonth;
import com.supportbilling.core.invoice.PayerBilling;
import com.supportbilling.core.invoice.PayerMonth;
import com.supportbilling.core.invoice.PayerStatement;
import java.util.List;
import java.util.Optional;

/**
 * Invoice the payers: each payer's month → its statement (R4–R8). A payer with nothing to bill has
 * no statement, and so no invoice, refund or allocation.
 */
public final class InvoicePayers {

    private final PayerBilling billing;

    public InvoicePayers(BillingMonth month) {
        this.billing = new PayerBilling(month);
    }

    public Optional<PayerStatement> bill(PayerMonth payerMonth) {
        PayerStatement statement = billing.bill(payerMonth);
        return statement.isEmpty() ? Optional.empty() : Optional.of(statement);
    }

    /** Every payer's statement, in payer id order. */
    public List<PayerStatement> billAll(PayerMonths months) {
        return months.payers().stream().map(months::of).map(this::bill).flatMap(Optional::stream).toList();
    }
}
