package com.supportbilling.intake.usage.block;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact sum of decimal amounts that gives the very BigDecimal a chain of {@code BigDecimal.add}
 * would — value and scale — at a fraction of its cost: amounts are added as long units of
 * 10⁻¹⁰, the largest scale seen is kept, and what a long cannot hold spills into a BigDecimal.
 */
final class ExactSum {

    static final int UNIT_SCALE = 10;
    /** What {@link #toUnits} answers for an amount a long of units cannot hold. */
    static final long TOO_LARGE = Long.MIN_VALUE;
    private static final long[] POWERS = new long[UNIT_SCALE + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= UNIT_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private long units;
    private BigDecimal spill;
    private int scale;
    private boolean empty;

    /** A sum that starts from {@code BigDecimal.ZERO} (scale 0), like a running total. */
    static ExactSum fromZero() {
        ExactSum sum = new ExactSum();
        sum.empty = false;
        return sum;
    }

    /** A sum whose first amount sets the scale, like {@code Map.merge(key, amount, BigDecimal::add)}. */
    static ExactSum fromFirst() {
        ExactSum sum = new ExactSum();
        sum.empty = true;
        return sum;
    }

    /** {@code unscaled × 10^−amountScale} in units of 10⁻¹⁰ (0 ≤ amountScale ≤ 10), or {@link #TOO_LARGE}. */
    static long toUnits(long unscaled, int amountScale) {
        long factor = POWERS[UNIT_SCALE - amountScale];
        long high = Math.multiplyHigh(unscaled, factor);
        long value = unscaled * factor;
        return (high == 0 && value >= 0) ? value : TOO_LARGE;
    }

    /** Adds an amount given in units of 10⁻¹⁰, written with {@code amountScale} decimals. */
    void addUnits(long units, int amountScale) {
        noteScale(amountScale);
        addUnits(units);
    }

    void add(BigDecimal amount) {
        noteScale(amount.scale());
        if (amount.scale() <= UNIT_SCALE) {
            BigDecimal inUnits = amount.movePointRight(UNIT_SCALE);
            if (inUnits.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                addUnits(inUnits.longValueExact());
                return;
            }
        }
        spill = spill == null ? amount : spill.add(amount);
    }

    void add(ExactSum other) {
        if (other.empty) {
            return;
        }
        noteScale(other.scale);
        addUnits(other.units);
        if (other.spill != null) {
            spill = spill == null ? other.spill : spill.add(other.spill);
        }
    }

    boolean isEmpty() {
        return empty;
    }

    BigDecimal value() {
        BigDecimal total = BigDecimal.valueOf(units, UNIT_SCALE);
        if (spill != null) {
            total = total.add(spill);
        }
        return total.setScale(empty ? 0 : scale, RoundingMode.UNNECESSARY);
    }

    private void noteScale(int amountScale) {
        scale = empty ? amountScale : Math.max(scale, amountScale);
        empty = false;
    }

    private void addUnits(long value) {
        try {
            units = Math.addExact(units, value);
        } catch (ArithmeticException e) {
            BigDecimal folded = BigDecimal.valueOf(units, UNIT_SCALE).add(BigDecimal.valueOf(value, UNIT_SCALE));
            spill = spill == null ? folded : spill.add(folded);
            units = 0;
        }
    }
}
