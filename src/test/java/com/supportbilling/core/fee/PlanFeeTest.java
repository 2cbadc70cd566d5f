package com.supportbilling.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.catalog.R1Catalog;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R4: m = min × n ÷ D; F = max(m, tiered(B')); usage = round(F) − round(m). */
class PlanFeeTest {

    @ParameterizedTest(name = "{0} {1}/{2} days, Σ base×n = {3} → min {4}, fee {5}, usage {6}")
    @CsvSource({
            // the seed: Developer from March 25, no usage
            "DEVELOPER, 7, 31, 0, 6.55, 6.55, 0.00",
            // the seed's upgrade on March 16: Developer 15 days, Business 16 days
            "DEVELOPER, 15, 31, 0, 14.03, 14.03, 0.00",
            "BUSINESS, 16, 31, 0, 51.61, 51.61, 0.00",
            // walkthrough February: base 8 400, Developer days 1–10, Business 11–28
            "DEVELOPER, 10, 28, 84000, 10.36, 90.00, 79.64",
            "BUSINESS, 18, 28, 151200, 64.29, 540.00, 475.71",
            // walkthrough January: Developer all month on 1 250 → 37.50
            "DEVELOPER, 31, 31, 38750, 29.00, 37.50, 8.50",
            // walkthrough groups: B' = 162 000 (Jan) and 178 000 (Feb)
            "ENTERPRISE, 31, 31, 5022000, 15000.00, 15840.00, 840.00",
            "ENTERPRISE, 28, 28, 4984000, 15000.00, 16960.00, 1960.00",
            // 28-, 29-, 30- and 31-day months, half a month each way
            "BUSINESS, 14, 28, 0, 50.00, 50.00, 0.00",
            "BUSINESS, 14, 29, 0, 48.28, 48.28, 0.00",
            "BUSINESS, 15, 30, 0, 50.00, 50.00, 0.00",
            "BUSINESS, 15, 31, 0, 48.39, 48.39, 0.00",
            // one day: an event on the last day of the month
            "ENTERPRISE, 1, 31, 0, 483.87, 483.87, 0.00",
            // a full month: the minimum wins below 1 000 of base, the bands above
            "BUSINESS, 30, 30, 29999.70, 100.00, 100.00, 0.00",
            "BUSINESS, 30, 30, 30030, 100.00, 100.10, 0.10",
            // rounded once from the exact value: On-Ramp on 55 000.05 → 5 500.005 → 5 500.01
            "ENTERPRISE_ON_RAMP, 31, 31, 1705001.55, 5500.00, 5500.01, 0.01",
            // no days on the plan: nothing owed
            "BUSINESS, 0, 31, 0, 0.00, 0.00, 0.00",
            // a negative base is in no band: the minimum stands
            "BUSINESS, 31, 31, -31000, 100.00, 100.00, 0.00"})
    void feeOfAPlanInAMonth(String plan, long days, int daysInMonth, String baseDays, String minimum, String fee,
            String usage) {
        PlanFee planFee = new PlanFee(R1Catalog.plan(plan), days, daysInMonth, new BigDecimal(baseDays));
        assertThat(planFee.roundedMinimum()).isEqualTo(new BigDecimal(minimum));
        assertThat(planFee.roundedFee()).isEqualTo(new BigDecimal(fee));
        assertThat(planFee.usageCharge()).isEqualTo(new BigDecimal(usage));
    }

    @ParameterizedTest(name = "{0}/{1} days of base {2} → B'' {3}")
    @CsvSource({
            "10, 28, 8400, 3000.00",
            "11, 31, 62000, 22000.00",
            "7, 31, 100, 22.58"})
    void proratedBase(long days, int daysInMonth, String base, String prorated) {
        BigDecimal baseDays = new BigDecimal(base).multiply(BigDecimal.valueOf(days));
        assertThat(new PlanFee(R1Catalog.plan("BUSINESS"), days, daysInMonth, baseDays).proratedBase())
                .isEqualTo(new BigDecimal(prorated));
    }

    @ParameterizedTest(name = "full month of {0} on {1} → {2}")
    @CsvSource({
            "DEVELOPER, 2000, 60.00",
            "DEVELOPER, 900, 29.00",
            "BUSINESS, 85000, 6150.00",
            "ENTERPRISE, 1200000, 70500.00",
            "ENTERPRISE, 100000, 15000.00"})
    void fullMonthIsMaxOfMinimumAndTiered(String plan, String base, String fee) {
        assertThat(PlanFee.fullMonth(R1Catalog.plan(plan), new BigDecimal(base)).roundedFee())
                .isEqualTo(new BigDecimal(fee));
    }
}
