package com.supportbilling.intake.usage;

import java.math.BigDecimal;

/**
 * The largest amount one usage line may have, either sign (D56, R10): a line beyond it is a broken
 * export — an exponent typo, a cost column in micro-dollars — not a charge, and is rejected as
 * INVALID_AMOUNT rather than billed. {@code billing.max-line-amount}, 1,000,000,000,000 by default.
 */
public record AmountLimit(BigDecimal max) {

    private static final BigDecimal UNITS_PER_DOLLAR = BigDecimal.TEN.pow(10);

    public AmountLimit {
        if (max.signum() <= 0) {
            throw new IllegalArgumentException("billing.max-line-amount must be above 0, not " + max.toPlainString());
        }
    }

    public boolean exceeds(BigDecimal amount) {
        return amount.abs().compareTo(max) > 0;
    }

    /** The limit in units of 10⁻¹⁰, capped at what a long holds, for the byte-level fast path. */
    public long maxUnits() {
        BigDecimal units = max.multiply(UNITS_PER_DOLLAR);
        return units.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : units.longValue();
    }

    /** Whether {@code text} is written in ASCII only: {@link BigDecimal} would read other scripts' digits. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
