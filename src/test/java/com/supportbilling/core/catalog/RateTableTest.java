package com.supportbilling.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R1: marginal bands, half-open [lower, upper). */
class RateTableTest {

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource({
            // the published checks
            "DEVELOPER, 2000, 60.00",
            "BUSINESS, 85000, 6150.00",
            "ENTERPRISE, 1200000, 70500.00",
            // band edges: the upper bound belongs to the next band
            "BUSINESS, 0, 0.00",
            "BUSINESS, 9999.99, 1000.00",
            "BUSINESS, 10000, 1000.00",
            "BUSINESS, 10000.01, 1000.00",
            "BUSINESS, 10100, 1007.00",
            "BUSINESS, 80000, 5900.00",
            "BUSINESS, 250000, 14400.00",
            "BUSINESS, 250100, 14403.00",
            "ENTERPRISE, 150000, 15000.00",
            "ENTERPRISE, 500000, 39500.00",
            "ENTERPRISE, 1000000, 64500.00",
            "ENTERPRISE_ON_RAMP, 1000000, 100000.00",
            "DEVELOPER, 0.5, 0.02",
            "BASIC, 1000000, 0.00",
            // a negative base lies in no band
            "BUSINESS, -500, 0.00"})
    void tieredAmount(String plan, String base, String amount) {
        BigDecimal tiered = R1Catalog.plan(plan).rates().tieredAmount(new BigDecimal(base));
        assertThat(Money.round(tiered)).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void scaledTieredAmountEqualsTieredAmountOfTheQuotientTimesTheScale() {
        RateTable business = R1Catalog.plan("BUSINESS").rates();
        BigDecimal baseTimes31 = new BigDecimal("85000").multiply(BigDecimal.valueOf(31));
        assertThat(business.tieredAmount(baseTimes31, BigDecimal.valueOf(31)))
                .isEqualByComparingTo(new BigDecimal("6150").multiply(BigDecimal.valueOf(31)));
    }

    @Test
    void breakdownShowsEachBandOfTheBusinessCheck() {
        List<RateTable.BandCharge> charges = R1Catalog.plan("BUSINESS").rates().breakdown(new BigDecimal("85000"));
        assertThat(charges).extracting(c -> Money.round(c.amount()))
                .containsExactly(new BigDecimal("1000.00"), new BigDecimal("4900.00"), new BigDecimal("250.00"),
                        new BigDecimal("0.00"));
        assertThat(charges).extracting(RateTable.BandCharge::portion).map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("1E+4"), new BigDecimal("7E+4"), new BigDecimal("5E+3"), BigDecimal.ZERO);
    }

    @Test
    void bandsMustFollowEachOther() {
        assertThatThrownBy(() -> new RateTable(List.of(
                new Band(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.1")),
                new Band(new BigDecimal("200"), null, new BigDecimal("0.05")))))
                .hasMessageContaining("without gap or overlap");
        assertThatThrownBy(() -> new RateTable(List.of(new Band(new BigDecimal("5"), null, new BigDecimal("0.1")))))
                .hasMessageContaining("starts at 0");
    }
}
