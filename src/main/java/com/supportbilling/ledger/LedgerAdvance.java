package com.supportbilling.ledger;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;

/** An ADVANCE line as recorded: who paid it, for which subject and plan (R5). */
public record LedgerAdvance(AccountId payer, AccountId subject, Scope scope, PlanCode plan, BigDecimal amount) {
}
