package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bills one payer's month (R4–R8): each of its accounts, then each of its groups (R6), on one invoice
 * with its tax (R8); refunds and group allocations beside it.
 */
public final class PayerBilling {

    private final BillingMonth month;

    public PayerBilling(BillingMonth month) {
        this.month = month;
    }

    public PayerStatement bill(PayerMonth payer) {
        PayerTax tax = PayerTax.of(month.taxes(), payer.payer(), payer.country());
        PriorAdvances advances = PriorAdvances.of(payer.priorAdvances());
        TrueUp trueUp = new TrueUp(month, payer.payer(), tax.rate());
        AccountBilling accounts = new AccountBilling(month, advances, trueUp);
        GroupBilling groups = new GroupBilling(month, advances, trueUp);
        List<StatementPart> parts = new ArrayList<>();
        for (MemberMonth account : PayerSubjects.accounts(payer, advances)) {
            parts.add(accounts.bill(account));
        }
        for (PlanGroup group : PayerSubjects.groups(month, payer, advances)) {
            parts.add(groups.bill(group));
        }
        return statement(payer.payer(), tax, StatementPart.sum(parts));
    }

    /** R8, D1: one invoice of the payer's lines in invoice order, when it has any. */
    private PayerStatement statement(AccountId payer, PayerTax tax, StatementPart part) {
        List<InvoiceLine> lines = part.lines().stream().sorted(InvoiceLine.INVOICE_ORDER).toList();
        Optional<Invoice> invoice = lines.isEmpty() ? Optional.empty()
                : Optional.of(new Invoice(month.ids().invoiceId(payer), month.month(), payer, lines, tax.rate()));
        boolean billed = invoice.isPresent() || !part.refunds().isEmpty();
        return new PayerStatement(payer, invoice, part.refunds(), part.allocations(), tax.warnings(billed));
    }
}
