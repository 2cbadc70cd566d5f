package com.supportbilling.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1: a month uses the version in force on its first day. */
class CatalogTest {

    private final Catalog catalog = new Catalog(List.of(
            R1Catalog.version(LocalDate.of(2026, 4, 1), "35"),
            R1Catalog.version(LocalDate.of(2000, 1, 1), "29"),
            R1Catalog.version(LocalDate.of(2026, 6, 15), "39")));

    @ParameterizedTest(name = "{0} → DEVELOPER minimum {1}")
    @CsvSource({
            "2026-03, 29",
            "2026-04, 35",
            "2026-05, 35",
            "2026-06, 35",   // the June 15 version is not in force on June 1
            "2026-07, 39"})
    void monthUsesTheVersionInForceOnItsFirstDay(String month, String minimum) {
        Plan developer = catalog.inForce(YearMonth.parse(month)).plan(new PlanCode("DEVELOPER"));
        assertThat(developer.minimum()).isEqualByComparingTo(new BigDecimal(minimum));
    }

    @Test
    void aMonthBeforeEveryVersionIsAnError() {
        Catalog late = new Catalog(List.of(R1Catalog.version(LocalDate.of(2026, 1, 1), "29")));
        assertThatThrownBy(() -> late.inForce(YearMonth.of(2025, 12))).hasMessageContaining("no catalog version");
    }

    @ParameterizedTest(name = "earliest version from {0}: prices {1} → {2}")
    @CsvSource({
            "2026-01-01, 2025-12, false",
            "2026-01-01, 2026-01, true",  // in force on the first day
            "2026-01-02, 2026-01, false", // in force from the 2nd: January's first day has no price
            "2026-01-02, 2026-02, true"})
    void pricesAMonthOnlyWhenAVersionIsInForceOnItsFirstDay(String earliest, String month, boolean prices) {
        Catalog late = new Catalog(List.of(R1Catalog.version(LocalDate.parse(earliest), "29")));
        assertThat(late.prices(YearMonth.parse(month))).isEqualTo(prices);
        assertThat(late.earliest()).isEqualTo(LocalDate.parse(earliest));
    }

    @Test
    void knowsPlansOfAnyVersionAndNamesTheVersionThatLacksOne() {
        Plan platinum = new Plan(new PlanCode("PLATINUM"), "Platinum", new BigDecimal("50000"), Scope.GROUP,
                R1Catalog.bands("0", "0.02"));
        CatalogVersion withPlatinum = CatalogVersion.of(LocalDate.of(2027, 1, 1), List.of(
                new Plan(PlanCode.BASIC, "Basic", BigDecimal.ZERO, Scope.ACCOUNT, RateTable.NONE), platinum));
        Catalog grown = new Catalog(List.of(R1Catalog.version(LocalDate.of(2000, 1, 1), "29"), withPlatinum));
        assertThat(grown.knows(new PlanCode("platinum"))).isTrue();
        assertThat(grown.knows(new PlanCode("GOLD"))).isFalse();
        assertThatThrownBy(() -> grown.inForce(YearMonth.of(2026, 12)).plan(new PlanCode("PLATINUM")))
                .hasMessage("plan PLATINUM is not in the catalog version effective from 2000-01-01");
    }
}
