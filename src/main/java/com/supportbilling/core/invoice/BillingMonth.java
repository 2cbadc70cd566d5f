package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.timeline.DayRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

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
}
