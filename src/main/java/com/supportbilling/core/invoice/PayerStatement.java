package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import java.util.List;
import java.util.Optional;

/** What the month bills a payer: its invoice (when it has lines), its refunds and group allocations. */
public record PayerStatement(AccountId payer, Optional<Invoice> invoice, List<Refund> refunds,
        List<Allocation> allocations, List<String> warnings) {

    public PayerStatement {
        refunds = List.copyOf(refunds);
        allocations = List.copyOf(allocations);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return invoice.isEmpty() && refunds.isEmpty() && allocations.isEmpty();
    }
}
