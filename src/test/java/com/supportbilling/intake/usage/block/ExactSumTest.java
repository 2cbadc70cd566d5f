package com.supportbilling.intake.usage.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** ExactSum gives the very BigDecimal — value and scale — that adding the amounts one by one gives. */
class ExactSumTest {

    @Test
    void scalesFollowBigDecimalAddition() {
        assertThat(sumFromFirst("10.5", "3")).isEqualTo(new BigDecimal("13.5"));
        assertThat(sumFromFirst("1.50", "2.50")).isEqualTo(new BigDecimal("4.00"));
        assertThat(sumFromFirst("1E+3")).isEqualTo(new BigDecimal("1E+3"));
        assertThat(sumFromFirst("1E+3", "5")).isEqualTo(new BigDecimal("1005"));
        assertThat(sumFromFirst("0.000000000001", "1")).isEqualTo(new BigDecimal("1.000000000001"));
        ExactSum total = ExactSum.fromZero();
        total.add(new BigDecimal("-0.25"));
        assertThat(total.value()).isEqualTo(new BigDecimal("-0.25"));
        assertThat(ExactSum.fromZero().value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void whatALongCannotHoldSpillsOver() {
        ExactSum sum = ExactSum.fromFirst();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 5; i++) {
            BigDecimal huge = new BigDecimal("900000000.1234567891");
            sum.addUnits(ExactSum.toUnits(9000000001234567891L, 10), 10);
            expected = expected.add(huge);
        }
        assertThat(sum.value()).isEqualTo(expected);
        assertThat(ExactSum.toUnits(999_999_999_999_999_999L, 2)).isEqualTo(ExactSum.TOO_LARGE);
    }

    @RepeatedTest(200)
    void randomAmountsSumExactly() {
        Random random = new Random();
        ExactSum sum = ExactSum.fromFirst();
        ExactSum total = ExactSum.fromZero();
        BigDecimal expected = null;
        BigDecimal expectedTotal = BigDecimal.ZERO;
        int count = 1 + random.nextInt(50);
        for (int i = 0; i < count; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, random.nextInt(14) - 2);
            if (amount.scale() >= 0 && amount.scale() <= ExactSum.UNIT_SCALE && random.nextBoolean()) {
                long units = ExactSum.toUnits(amount.unscaledValue().abs().longValueExact(), amount.scale());
                if (units != ExactSum.TOO_LARGE) {
                    long signed = amount.signum() < 0 ? -units : units;
                    sum.addUnits(signed, amount.scale());
                    total.addUnits(signed, amount.scale());
                } else {
                    sum.add(amount);
                    total.add(amount);
                }
            } else {
                sum.add(amount);
                total.add(amount);
            }
            expected = expected == null ? amount : expected.add(amount);
            expectedTotal = expectedTotal.add(amount);
        }
        assertThat(sum.value()).isEqualTo(expected);
        assertThat(total.value()).isEqualTo(expectedTotal);
    }

    private static BigDecimal sumFromFirst(String... amounts) {
        ExactSum sum = ExactSum.fromFirst();
        for (String amount : amounts) {
            sum.add(new BigDecimal(amount));
        }
        return sum.value();
    }
}
