package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A member's share of its group's fee, for charge-back; information, not a charge (R6). */
public record Allocation(YearMonth month, AccountId payer, PlanCode plan, AccountId account,
        BigDecimal proratedBase, BigDecimal amount) {
}
