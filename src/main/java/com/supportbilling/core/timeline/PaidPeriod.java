package com.supportbilling.core.timeline;

import com.supportbilling.core.catalog.PlanCode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A paid period (R7): from registration r (BASIC to a paid plan) to c (back to BASIC), changes
 * between paid plans included; {@code lastPlan} is the paid plan of its last day.
 */
public record PaidPeriod(DayRange days, PlanCode lastPlan) {

    /** L = c − r; meaningless while the period is open. */
    public long length() {
        return ChronoUnit.DAYS.between(days.start(), days.end());
    }

    public boolean hasEnded() {
        return !days.isOpen();
    }

    /** Whether the month holds the last paid day c − 1: that month's run settles the period. */
    public boolean endsIn(YearMonth month) {
        return hasEnded() && YearMonth.from(days.lastDay()).equals(month);
    }
}
