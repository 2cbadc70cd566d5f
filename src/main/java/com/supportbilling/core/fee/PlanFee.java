package com.supportbilling.core.fee;

import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fee of one plan for one billing subject in one month (R4). With n days of D on the plan and
 * the prorated base B' = X ÷ D, where X = Σ base(a) × n_a(p):
 * m = min × n ÷ D, F = max(m, tiered(B')), usage part = round(F) − round(m).
 * Everything is kept multiplied by D, so each rounding divides once, from the exact value (R9).
 */
public record PlanFee(Plan plan, long days, int daysInMonth, BigDecimal baseDays) {

    public PlanFee {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(baseDays, "baseDays");
        if (days < 0 || days > daysInMonth) {
            throw new IllegalArgumentException(days + " days on " + plan.code() + " in a month of " + daysInMonth);
        }
    }

    /** A full month on one plan with base {@code base}: max(min, tiered(base)). */
    public static PlanFee fullMonth(Plan plan, BigDecimal base) {
        return new PlanFee(plan, 1, 1, base);
    }

    /** round(m); a plan with n = 0 owes nothing. */
    public BigDecimal roundedMinimum() {
        return Money.divideToCents(minimumTimesDays(), daysInMonth);
    }

    /** round(F). */
    public BigDecimal roundedFee() {
        if (days == 0) {
            return Money.ZERO;
        }
        return Money.divideToCents(minimumTimesDays().max(tieredTimesDays()), daysInMonth);
    }

    /** The usage-based charge on top of the minimum: round(F) − round(m), never below zero. */
    public BigDecimal usageCharge() {
        return roundedFee().subtract(roundedMinimum());
    }

    /** The prorated base B', to cents, as the invoice shows it. */
    public BigDecimal proratedBase() {
        return Money.divideToCents(baseDays, daysInMonth);
    }

    /** The tiered amount of B' to cents, for quotes. */
    public BigDecimal roundedTiered() {
        return Money.divideToCents(tieredTimesDays(), daysInMonth);
    }

    private BigDecimal minimumTimesDays() {
        return plan.minimum().multiply(BigDecimal.valueOf(days));
    }

    private BigDecimal tieredTimesDays() {
        return plan.rates().tieredAmount(baseDays, BigDecimal.valueOf(daysInMonth));
    }
}
