package com.supportbilling.core.catalog;

import java.util.Locale;

/** The code of a plan in the catalog, e.g. BUSINESS. */
public record PlanCode(String value) implements Comparable<PlanCode> {

    /** The free plan every account is on before its first event; changing to it cancels (R3). */
    public static final PlanCode BASIC = new PlanCode("BASIC");

    public PlanCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a plan code must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
    }

    public boolean isPaid() {
        return !equals(BASIC);
    }

    @Override
    public int compareTo(PlanCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
