package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;

/**
 * The month-end true-up of one subject's plan (R5, R8): MINIMUM = round(m) less what was billed in
 * advance for it, when above zero; an advance above round(m) is refunded to the payer's card for the
 * D − n unused days, taxed at the payer's rate (D44); USAGE = round(F) − round(m), when above zero.
 */
final class TrueUp {

    private final BillingMonth month;
    private final AccountId payer;
    private final TaxRate taxRate;

    TrueUp(BillingMonth month, AccountId payer, TaxRate taxRate) {
        this.month = month;
        this.payer = payer;
        this.taxRate = taxRate;
    }

    StatementPart settle(BillingSubject subject, PlanFee fee, BigDecimal advance, RefundReason reason) {
        String name = fee.plan().name();
        BigDecimal minimum = fee.roundedMinimum();
        BigDecimal minimumDue = minimum.subtract(advance);
        StatementPart part = StatementPart.NONE;
        if (minimumDue.signum() > 0) {
            part = part.with(line(subject, fee, LineType.MINIMUM, null, minimumDue, String.format(
                    "%s minimum for %d of %d days (%s) less %s billed in advance", name, fee.days(), fee.daysInMonth(),
                    Money.format(minimum), Money.format(advance))));
        } else if (minimumDue.signum() < 0) {
            part = part.with(new Refund(month.ids().refundId(subject.id(), fee.plan().code()), month.month(), payer,
                    subject.id(), fee.plan().code(), reason, fee.daysInMonth() - fee.days(), fee.daysInMonth(),
                    minimumDue.negate(), taxRate));
        }
        BigDecimal usage = fee.usageCharge();
        if (usage.signum() > 0) {
            part = part.with(line(subject, fee, LineType.USAGE, fee.proratedBase(), usage, String.format(
                    "%s fee %s on prorated base %s for %d of %d days, less minimum %s", name,
                    Money.format(fee.roundedFee()), Money.format(fee.proratedBase()), fee.days(), fee.daysInMonth(),
                    Money.format(minimum))));
        }
        return part;
    }

    private InvoiceLine line(BillingSubject subject, PlanFee fee, LineType type, BigDecimal feeBase, BigDecimal amount,
            String description) {
        return new InvoiceLine(subject.id(), subject.scope(), type, fee.plan().code(), month.month(), fee.days(),
                fee.daysInMonth(), feeBase, amount, description);
    }
}
