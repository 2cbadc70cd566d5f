package com.supportbilling.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R10: how many rejected rows a run allows — a percentage of the usage rows read, rounded down, and
 * at least a minimum.
 *
 * @param percent rejected rows allowed, as a percentage of the usage rows read
 * @param minimum rejected rows allowed at least
 */
public record SkipLimit(BigDecimal percent, long minimum) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The rejected rows allowed when {@code usageRowsRead} usage rows were read. */
    public long allowed(long usageRowsRead) {
        long share = BigDecimal.valueOf(usageRowsRead).multiply(percent).divide(HUNDRED, 0, RoundingMode.FLOOR)
                .longValueExact();
        return Math.max(minimum, share);
    }
}
