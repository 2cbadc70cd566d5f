package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.money.Money;
import com.supportbilling.core.timeline.PaidPeriod;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * R7: a paid period that ends after L &lt; 30 days owes round(min(last paid plan) × (30 − L) ÷ D),
 * charged by the run of the month holding its last paid day, D being that month's day count.
 */
public final class MinimumCommitment {

    public static final int DAYS = 30;

    private MinimumCommitment() {
    }

    /** The days still owed, when the period ended short of the commitment. */
    public static Optional<Long> daysOwed(PaidPeriod period) {
        if (!period.hasEnded() || period.length() >= DAYS) {
            return Optional.empty();
        }
        return Optional.of(DAYS - period.length());
    }

    public static BigDecimal charge(Plan lastPlan, long daysOwed, int daysInMonth) {
        return Money.divideToCents(lastPlan.minimum().multiply(BigDecimal.valueOf(daysOwed)), daysInMonth);
    }
}
