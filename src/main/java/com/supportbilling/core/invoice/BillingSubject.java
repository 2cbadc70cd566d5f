package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Scope;
import java.util.Objects;

/**
 * Who a line is billed to (R6): an account on an ACCOUNT-scope plan, or the group of a payer's accounts
 * on a GROUP-scope plan, whose lines carry the payer's id.
 */
record BillingSubject(AccountId id, Scope scope) {

    BillingSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
    }

    static BillingSubject account(AccountId account) {
        return new BillingSubject(account, Scope.ACCOUNT);
    }

    static BillingSubject group(AccountId payer) {
        return new BillingSubject(payer, Scope.GROUP);
    }
}
