package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;

/**
 * The ADVANCE line the previous month's run recorded for this month (R5): a subject (an account,
 * or the payer for a group) paid {@code amount} for {@code plan} before the month began.
 */
public record PriorAdvance(AccountId subject, Scope scope, PlanCode plan, BigDecimal amount) {
}
