package com.supportbilling.core.base;

import java.util.Locale;
import java.util.Optional;

/** The charge type of a usage line; only USAGE and FEE count toward the fee base (R2). */
public enum ChargeType {
    USAGE,
    FEE,
    CREDIT,
    REFUND,
    DISCOUNT,
    TAX,
    COMMITMENT;

    public boolean isEligible() {
        return this == USAGE || this == FEE;
    }

    /** The native layout's code, case-insensitively. */
    public static Optional<ChargeType> fromCode(String code) {
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
