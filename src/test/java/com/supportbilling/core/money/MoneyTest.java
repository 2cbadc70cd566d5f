package com.supportbilling.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R9: HALF_UP to cents, once, from the exact value; divide last. */
class MoneyTest {

    @ParameterizedTest(name = "round({0}) = {1}")
    @CsvSource({
            "6.548387, 6.55",
            "0.125, 0.13",
            "0.124999999999, 0.12",
            "-0.125, -0.13",
            "10.355, 10.36",
            "29, 29.00",
            "0.0049999999, 0.00"})
    void roundsHalfUpToCents(String exact, String rounded) {
        assertThat(Money.round(new BigDecimal(exact))).isEqualTo(new BigDecimal(rounded));
    }

    @ParameterizedTest(name = "{0} ÷ {1} = {2}")
    @CsvSource({
            "203, 31, 6.55",      // 29 × 7 ÷ 31, the seed's Developer from March 25
            "435, 31, 14.03",     // 29 × 15 ÷ 31
            "1600, 31, 51.61",    // 100 × 16 ÷ 31
            "290, 28, 10.36",     // 29 × 10 ÷ 28
            "290, 29, 10.00",     // leap February
            "1, 8, 0.13",         // 0.125 exactly: half up
            "-1, 8, -0.13"})
    void dividesStraightToCents(String numerator, long denominator, String cents) {
        assertThat(Money.divideToCents(new BigDecimal(numerator), denominator)).isEqualTo(new BigDecimal(cents));
    }

    @ParameterizedTest(name = "tax on {0} at {1} = {2}")
    @CsvSource({
            "30840.00, 0.10, 3084.00",
            "16960.00, 0.10, 1696.00",
            "66.50, 0, 0.00",
            "10.05, 0.19, 1.91",   // 1.9095
            "0.25, 0.10, 0.03"})   // 0.025 half up
    void taxIsRoundedOnceFromTheProduct(String amount, String rate, String tax) {
        assertThat(Money.tax(new BigDecimal(amount), new BigDecimal(rate))).isEqualTo(new BigDecimal(tax));
    }
}
