package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.timeline.DayRange;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The month being billed and what prices it: the catalog version in force on its first day, and
 * the one of the next month for the ADVANCE lines (R1, R5).
 */
public record BillingMonth(YearMonth month, DocumentIds ids, CatalogVersion catalog, CatalogVersion nextCatalog,
        TaxTable taxes) {

    public BillingMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(nextCatalog, "nextCatalog");
        Objects.requireNonNull(taxes, "taxes");
    }

    public int days() {
        return month.lengthOfMonth();
    }

    public DayRange range() {
        return DayRange.of(month);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }

    public LocalDate nextFirstDay() {
        return next().atDay(1);
    }

    /** R4: the fee of a plan for n days of the month and Σ base × n, at this month's prices. */
    public PlanFee fee(PlanCode plan, long days, BigDecimal baseDays) {
        return new PlanFee(catalog.plan(plan), days, days(), baseDays);
    }

    /** The paid plans a timeline has days of the month on whose scope this month is {@code scope} (R6), by code. */
    public SortedSet<PlanCode> paidPlans(PlanTimeline timeline, Scope scope) {
        SortedSet<PlanCode> plans = new TreeSet<>();
        for (PlanCode plan : timeline.paidPlansWithin(range())) {
            if (catalog.plan(plan).scope() == scope) {
                plans.add(plan);
            }
        }
        return plans;
    }
}
