package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.money.Money;
import java.util.Optional;

/**
 * R5: next month's minimum, billed in advance, for the plan a subject is on on next month's first day:
 * when the plan is paid and of the subject's scope in next month's catalog version, at that version's
 * price. The line shows next month's day count as both days and days in month (D2).
 */
final class NextMonthAdvance {

    private final BillingMonth month;

    NextMonthAdvance(BillingMonth month) {
        this.month = month;
    }

    Optional<InvoiceLine> line(BillingSubject subject, PlanCode code) {
        if (!code.isPaid()) {
            return Optional.empty();
        }
        Plan plan = month.nextCatalog().plan(code);
        if (plan.scope() != subject.scope()) {
            return Optional.empty();
        }
        int days = month.next().lengthOfMonth();
        return Optional.of(new InvoiceLine(subject.id(), subject.scope(), LineType.ADVANCE, code, month.next(), days,
                days, null, Money.round(plan.minimum()), String.format("%s minimum for %s, billed in advance",
                        plan.name(), month.next())));
    }
}
