package com.supportbilling.billed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimalsRoundedHalfUp() {
        assertThat(MoneyText.format(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        assertThat(MoneyText.format(new BigDecimal("56600.725"))).isEqualTo("56,600.73");
        assertThat(MoneyText.format(new BigDecimal("-0.005"))).isEqualTo("-0.01");
        assertThat(MoneyText.format(new BigDecimal("7"))).isEqualTo("7.00");
        assertThat(MoneyText.signed(new BigDecimal("1200"))).isEqualTo("+1,200.00");
        assertThat(MoneyText.signed(new BigDecimal("-35.1"))).isEqualTo("-35.10");
        assertThat(MoneyText.signed(BigDecimal.ZERO)).isEqualTo("0.00");
    }
}
