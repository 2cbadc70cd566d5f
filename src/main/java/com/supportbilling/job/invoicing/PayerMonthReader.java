package com.supportbilling.job.invoicing;

import com.supportbilling.application.PayerMonths;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.invoice.PayerMonth;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** Reads the payers' months in payer id order; a restart resumes after the last committed payer. */
public class PayerMonthReader extends AbstractItemCountingItemStreamItemReader<PayerMonth> {

    private final Supplier<PayerMonths> source;
    private PayerMonths months;
    private List<AccountId> payers;
    private int next;

    PayerMonthReader(Supplier<PayerMonths> source) {
        this.source = source;
        setName("payers");
    }

    @Override
    protected void doOpen() {
        months = source.get();
        payers = months.payers();
        next = 0;
    }

    @Override
    protected PayerMonth doRead() {
        return next < payers.size() ? months.of(payers.get(next++)) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = itemIndex;
    }

    @Override
    protected void doClose() {
        months = null;
        payers = null;
    }
}
