package com.supportbilling.job.invoicing;

import com.supportbilling.application.InvoicePayers;
import com.supportbilling.core.invoice.PayerMonth;
import com.supportbilling.core.invoice.PayerStatement;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Bills each payer's month ({@link InvoicePayers}); a payer with nothing to bill is left out. A class of its own,
 * not a lambda, so that Spring Batch can look at it for listener annotations without a warning in every run's log.
 */
public class PayerBilling implements ItemProcessor<PayerMonth, PayerStatement> {

    private final InvoicePayers invoicing;

    PayerBilling(InvoicePayers invoicing) {
        this.invoicing = invoicing;
    }

    @Override
    public PayerStatement process(PayerMonth payerMonth) {
        return invoicing.bill(payerMonth).orElse(null);
    }
}
