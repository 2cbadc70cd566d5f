package com.supportbilling.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that rounds money (R9): HALF_UP to cents, once per line, from the exact value.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** An exact amount rounded to cents. */
    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /** {@code numerator ÷ denominator} straight to cents: products first, divide last (R9). */
    public static BigDecimal divideToCents(BigDecimal numerator, long denominator) {
        return numerator.divide(BigDecimal.valueOf(denominator), SCALE, ROUNDING);
    }

    /** The tax on an amount: {@code round(amount × rate)} (R8). */
    public static BigDecimal tax(BigDecimal amount, BigDecimal rate) {
        return round(amount.multiply(rate));
    }

    /** Formats an amount with two decimals, as every output file shows money. */
    public static String format(BigDecimal amount) {
        return round(amount).toPlainString();
    }
}
