package com.supportbilling.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The catalog of R1, written out by hand for domain tests; CatalogFileTest holds the shipped file to it. */
public final class R1Catalog {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2000, 1, 1);

    private R1Catalog() {
    }

    public static Catalog catalog() {
        return new Catalog(List.of(version(EFFECTIVE_FROM, "29")));
    }

    /** R1 with DEVELOPER at another minimum: for price changes between versions. */
    public static CatalogVersion version(LocalDate effectiveFrom, String developerMinimum) {
        return CatalogVersion.of(effectiveFrom, List.of(
                new Plan(PlanCode.BASIC, "Basic", BigDecimal.ZERO, Scope.ACCOUNT, RateTable.NONE),
                new Plan(code("DEVELOPER"), "Developer", new BigDecimal(developerMinimum), Scope.ACCOUNT,
                        bands("0", "0.03")),
                new Plan(code("BUSINESS"), "Business", new BigDecimal("100"), Scope.ACCOUNT,
                        bands("0", "0.10", "10000", "0.07", "80000", "0.05", "250000", "0.03")),
                new Plan(code("ENTERPRISE_ON_RAMP"), "Enterprise On-Ramp", new BigDecimal("5500"), Scope.GROUP,
                        bands("0", "0.10")),
                new Plan(code("ENTERPRISE"), "Enterprise", new BigDecimal("15000"), Scope.GROUP,
                        bands("0", "0.10", "150000", "0.07", "500000", "0.05", "1000000", "0.03"))));
    }

    public static Plan plan(String code) {
        return catalog().inForce(java.time.YearMonth.of(2026, 1)).plan(code(code));
    }

    public static PlanCode code(String code) {
        return new PlanCode(code);
    }

    /** Bands from pairs of (lower bound, rate); each band ends where the next begins. */
    public static RateTable bands(String... lowerAndRate) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < lowerAndRate.length; i += 2) {
            BigDecimal upper = i + 2 < lowerAndRate.length ? new BigDecimal(lowerAndRate[i + 2]) : null;
            bands.add(new Band(new BigDecimal(lowerAndRate[i]), upper, new BigDecimal(lowerAndRate[i + 1])));
        }
        return new RateTable(bands);
    }
}
