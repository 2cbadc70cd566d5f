package com.supportbilling.core.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** A support plan as one catalog version prices it (R1). */
public record Plan(PlanCode code, String name, BigDecimal minimum, Scope scope, RateTable rates) {

    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(rates, "rates");
        if (minimum.signum() < 0) {
            throw new IllegalArgumentException("the minimum of " + code + " is negative: " + minimum);
        }
        name = name == null || name.isBlank() ? code.value() : name;
    }

    public boolean isPaid() {
        return code.isPaid();
    }
}
