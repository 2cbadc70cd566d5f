package com.supportbilling.billed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    @Test
    void moneyHasThousandsSeparatorsAndTwoDecimalsRoundedHalfUp() {
        assertThat(MoneyText.format(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        assertThat(MoneyText.format(new BigDecimal("56600.725"))).isEqualTo("56,600.73");
        assertThat(MoneyText.format(new BigDecimal("-0.005"))).isEqualTo("-0.01");
        assertThat(MoneyText.format(new BigDecimal("-0.004"))).isEqualTo("0.00");
        assertThat(MoneyText.format(new BigDecimal("7"))).isEqualTo("7.00");
        assertThat(MoneyText.format(new BigDecimal("999.995"))).isEqualTo("1,000.00");
        assertThat(MoneyText.format(new BigDecimal("-123456.7"))).isEqualTo("-123,456.70");
        assertThat(MoneyText.format(new BigDecimal("1E+3"))).isEqualTo("1,000.00");
        assertThat(MoneyText.signed(new BigDecimal("1200"))).isEqualTo("+1,200.00");
        assertThat(MoneyText.signed(new BigDecimal("-35.1"))).isEqualTo("-35.10");
        assertThat(MoneyText.signed(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void moneyReadsAsTheFormatterPrintsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(8) - 2);
            assertThat(MoneyText.format(amount)).as("%s", amount)
                    .isEqualTo(String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP)));
        }
    }
}
