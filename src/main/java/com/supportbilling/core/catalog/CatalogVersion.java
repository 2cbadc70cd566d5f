package com.supportbilling.core.catalog;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The plans and prices in force from {@code effectiveFrom} until the next version (R1). */
public record CatalogVersion(LocalDate effectiveFrom, Map<PlanCode, Plan> plans) {

    public CatalogVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
        if (!plans.containsKey(PlanCode.BASIC)) {
            throw new IllegalArgumentException("catalog version " + effectiveFrom + " has no BASIC plan");
        }
    }

    public static CatalogVersion of(LocalDate effectiveFrom, List<Plan> plans) {
        Map<PlanCode, Plan> byCode = new LinkedHashMap<>();
        for (Plan plan : plans) {
            if (byCode.put(plan.code(), plan) != null) {
                throw new IllegalArgumentException("catalog version " + effectiveFrom + " lists " + plan.code() + " twice");
            }
        }
        return new CatalogVersion(effectiveFrom, byCode);
    }

    public Optional<Plan> find(PlanCode code) {
        return Optional.ofNullable(plans.get(code));
    }

    /** The plan, or an error naming the version that lacks it. */
    public Plan plan(PlanCode code) {
        Plan plan = plans.get(code);
        if (plan == null) {
            throw new UnknownPlanException(code, effectiveFrom);
        }
        return plan;
    }

    /** A plan that an account is on but that the catalog in force does not price. */
    public static final class UnknownPlanException extends RuntimeException {
        public UnknownPlanException(PlanCode code, LocalDate effectiveFrom) {
            super("plan " + code + " is not in the catalog version effective from " + effectiveFrom);
        }
    }
}
