package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.money.Money;
import com.supportbilling.core.timeline.PaidPeriod;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * R7: a paid period that ends after L &lt; 30 days owes round(min(last paid plan) × (30 − L) ÷ D), on a
 * COMMITMENT line of the run of the month holding its last paid day, D being that month's day count and
 * min from that month's catalog version. Each period is charged on its own (D7, D45).
 */
final class MinimumCommitment {

    private static final int DAYS = 30;

    private final BillingMonth month;

    MinimumCommitment(BillingMonth month) {
        this.month = month;
    }

    /** The period's COMMITMENT line, when it ends in the month short of 30 days. */
    Optional<InvoiceLine> line(BillingSubject subject, PaidPeriod period) {
        if (!period.endsIn(month.month()) || period.length() >= DAYS) {
            return Optional.empty();
        }
        long owed = DAYS - period.length();
        Plan plan = month.catalog().plan(period.lastPlan());
        BigDecimal amount = Money.divideToCents(plan.minimum().multiply(BigDecimal.valueOf(owed)), month.days());
        return Optional.of(new InvoiceLine(subject.id(), subject.scope(), LineType.COMMITMENT, plan.code(), month.month(),
                owed, month.days(), null, amount, String.format(
                        "%s 30-day minimum commitment: paid %d days from %s to %s, %d days owed", plan.name(),
                        period.length(), period.days().start(), period.days().lastDay(), owed)));
    }
}
