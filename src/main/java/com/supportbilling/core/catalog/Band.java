package com.supportbilling.core.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One marginal band of a rate table: {@code rate} applies to the part of the base inside
 * {@code [lower, upper)}; a null upper bound is unbounded (R1).
 */
public record Band(BigDecimal lower, BigDecimal upper, BigDecimal rate) {

    public Band {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(rate, "rate");
        if (lower.signum() < 0) {
            throw new IllegalArgumentException("a band starts at 0 or above, not " + lower);
        }
        if (upper != null && upper.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("band [" + lower + ", " + upper + ") is empty");
        }
        if (rate.signum() < 0) {
            throw new IllegalArgumentException("a band rate is not negative, not " + rate);
        }
    }

    /**
     * The part of {@code base} inside this band, with both band edges multiplied by {@code scale}:
     * the portion of a base given as {@code base ÷ scale} times {@code scale}, exactly.
     */
    public BigDecimal portionOf(BigDecimal base, BigDecimal scale) {
        BigDecimal from = lower.multiply(scale);
        BigDecimal to = upper == null ? base : base.min(upper.multiply(scale));
        BigDecimal portion = to.subtract(from);
        return portion.signum() > 0 ? portion : BigDecimal.ZERO;
    }

    public boolean isUnbounded() {
        return upper == null;
    }
}
