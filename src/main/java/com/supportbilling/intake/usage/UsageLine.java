package com.supportbilling.intake.usage;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.base.ChargeType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An accepted usage line, whatever layout it came in; amounts keep their full precision (R2). */
public record UsageLine(String lineItemId, AccountId account, LocalDate usageDate, String service, ChargeType chargeType,
        BigDecimal amount, String billingEntity) {
}
