package com.supportbilling.intake.usage.block;

import com.supportbilling.intake.usage.UsageLayout;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * An exact sum of decimal amounts that gives the very BigDecimal a chain of {@code BigDecimal.add}
 * would — value and scale — at a fraction of its cost: amounts are added as long units of
 * 10⁻¹⁰ and what a long cannot hold spills into a BigDecimal. The sum's scale is the largest scale of
 * its amounts, so it counts its amounts per scale: an amount can be taken out again (a repeated line
 * item found after the pass, D80) and the sum is then exactly the one that never had it, scale included.
 */
final class ExactSum {

    /** Amounts of the native layout, with at most this many decimals, are whole units. */
    static final int UNIT_SCALE = UsageLayout.NATIVE_MAX_DECIMALS;
    /** What {@link #toUnits} answers for an amount a long of units cannot hold. */
    static final long TOO_LARGE = Long.MIN_VALUE;
    private static final long[] POWERS = new long[UNIT_SCALE + 1];

    static {
        POWERS[0] = 1;
        for (int i = 1; i <= UNIT_SCALE; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final boolean fromZero;
    private final long[] amountsByScale = new long[UNIT_SCALE + 1];
    /** Amounts of a scale below 0 or above 10 (an exponent, a CUR cost like 2.1E-11): rare. */
    private Map<Integer, Long> amountsByOtherScale;
    private long units;
    private BigDecimal spill;

    private ExactSum(boolean fromZero) {
        this.fromZero = fromZero;
    }

    /** A sum that starts from {@code BigDecimal.ZERO} (scale 0), like a running total. */
    static ExactSum fromZero() {
        return new ExactSum(true);
    }

    /** A sum whose first amount sets the scale, like {@code Map.merge(key, amount, BigDecimal::add)}. */
    static ExactSum fromFirst() {
        return new ExactSum(false);
    }

    /** {@code unscaled × 10^−amountScale} in units of 10⁻¹⁰ (0 ≤ amountScale ≤ 10), or {@link #TOO_LARGE}. */
    static long toUnits(long unscaled, int amountScale) {
        long factor = POWERS[UNIT_SCALE - amountScale];
        long high = Math.multiplyHigh(unscaled, factor);
        long value = unscaled * factor;
        return (high == 0 && value >= 0) ? value : TOO_LARGE;
    }

    /** Adds an amount given in units of 10⁻¹⁰, written with {@code amountScale} decimals (0 to 10). */
    void addUnits(long units, int amountScale) {
        amountsByScale[amountScale]++;
        addUnits(units);
    }

    void add(BigDecimal amount) {
        count(amount.scale(), 1);
        addValue(amount);
    }

    /** Takes out an amount added before: the sum is then the one that never had it, value and scale. */
    void remove(BigDecimal amount) {
        count(amount.scale(), -1);
        addValue(amount.negate());
    }

    /** Adds every amount of {@code other}, as if they had been added here. */
    void add(ExactSum other) {
        for (int scale = 0; scale <= UNIT_SCALE; scale++) {
            amountsByScale[scale] += other.amountsByScale[scale];
        }
        if (other.amountsByOtherScale != null) {
            other.amountsByOtherScale.forEach(this::count);
        }
        addUnits(other.units);
        if (other.spill != null) {
            spill = spill == null ? other.spill : spill.add(other.spill);
        }
    }

    /** Writes the sum exactly — its units, what spilled, its counts per scale — for {@link #readFrom}. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeBoolean(fromZero);
        out.writeLong(units);
        out.writeBoolean(spill != null);
        if (spill != null) {
            byte[] unscaled = spill.unscaledValue().toByteArray();
            out.writeInt(spill.scale());
            out.writeInt(unscaled.length);
            out.write(unscaled);
        }
        for (long count : amountsByScale) {
            out.writeLong(count);
        }
        Map<Integer, Long> others = amountsByOtherScale == null ? Map.of() : amountsByOtherScale;
        out.writeInt(others.size());
        for (Map.Entry<Integer, Long> other : others.entrySet()) {
            out.writeInt(other.getKey());
            out.writeLong(other.getValue());
        }
    }

    /** A sum as {@link #writeTo} wrote it, big-endian as a {@link DataOutputStream} writes. */
    static ExactSum readFrom(ByteBuffer in) {
        ExactSum sum = new ExactSum(in.get() != 0);
        sum.units = in.getLong();
        if (in.get() != 0) {
            int scale = in.getInt();
            byte[] unscaled = new byte[in.getInt()];
            in.get(unscaled);
            sum.spill = new BigDecimal(new BigInteger(unscaled), scale);
        }
        for (int scale = 0; scale <= UNIT_SCALE; scale++) {
            sum.amountsByScale[scale] = in.getLong();
        }
        for (int others = in.getInt(); others > 0; others--) {
            sum.count(in.getInt(), in.getLong());
        }
        return sum;
    }

    /** Whether a sum from the first amount has no amount: it has no value then. */
    boolean isEmpty() {
        return !fromZero && largestScale() == Integer.MIN_VALUE;
    }

    BigDecimal value() {
        BigDecimal total = BigDecimal.valueOf(units, UNIT_SCALE);
        if (spill != null) {
            total = total.add(spill);
        }
        int scale = largestScale();
        if (fromZero) {
            scale = Math.max(scale, 0);
        }
        return total.setScale(scale == Integer.MIN_VALUE ? 0 : scale, RoundingMode.UNNECESSARY);
    }

    private int largestScale() {
        int largest = Integer.MIN_VALUE;
        if (amountsByOtherScale != null) {
            for (Map.Entry<Integer, Long> entry : amountsByOtherScale.entrySet()) {
                if (entry.getValue() != 0) {
                    largest = Math.max(largest, entry.getKey());
                }
            }
        }
        for (int scale = UNIT_SCALE; scale >= 0 && scale > largest; scale--) {
            if (amountsByScale[scale] != 0) {
                return scale;
            }
        }
        return largest;
    }

    private void count(int scale, long amounts) {
        if (scale >= 0 && scale <= UNIT_SCALE) {
            amountsByScale[scale] += amounts;
        } else {
            if (amountsByOtherScale == null) {
                amountsByOtherScale = new TreeMap<>();
            }
            amountsByOtherScale.merge(scale, amounts, Long::sum);
        }
    }

    private void addValue(BigDecimal amount) {
        if (amount.scale() <= UNIT_SCALE) {
            BigDecimal inUnits = amount.movePointRight(UNIT_SCALE);
            if (inUnits.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                addUnits(inUnits.longValueExact());
                return;
            }
        }
        spill = spill == null ? amount : spill.add(amount);
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
