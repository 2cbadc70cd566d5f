package com.supportbilling.core.revision;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A line or a refund a revision billed, as the ledger keeps it (R11): for a refund the document is the
 * refund id, the type REFUND and the service month the billing month.
 */
public record LedgerEntry(String documentId, AccountId payer, AccountId account, EntryType type, PlanCode plan,
        YearMonth serviceMonth, BigDecimal amount) {

    public boolean isRefund() {
        return type == EntryType.REFUND;
    }

    /** D26: what identifies "the same line" in two revisions of a month. */
    Key key() {
        return new Key(payer, account, type, plan, serviceMonth);
    }

    record Key(AccountId payer, AccountId account, EntryType type, PlanCode plan, YearMonth serviceMonth) {
    }
}
