package com.supportbilling.ledger;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A line or a refund a revision billed, as the ledger keeps it: for refunds the document is the
 * refund id, the type REFUND and the service month the billing month.
 */
public record LedgerEntry(String documentId, AccountId payer, AccountId account, String type, PlanCode plan,
        YearMonth serviceMonth, BigDecimal amount) {

    public static final String REFUND = "REFUND";

    public boolean isRefund() {
        return REFUND.equals(type);
    }

    /** What identifies "the same line" in two revisions of a month. */
    public Key key() {
        return new Key(payer, account, type, plan, serviceMonth);
    }

    public record Key(AccountId payer, AccountId account, String type, PlanCode plan, YearMonth serviceMonth) {
    }
}
