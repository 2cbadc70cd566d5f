package com.supportbilling.core.base;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R2: which usage lines make up the fee base. A line counts when its charge type is USAGE or FEE,
 * its service is not excluded (support itself, managed and professional services, Marketplace) and it
 * was not billed by AWS Marketplace.
 */
public final class FeeBasePolicy {

    /** The reason a line is left out of the base, for the summary. */
    public enum Exclusion {
        CHARGE_TYPE,
        SERVICE,
        MARKETPLACE
    }

    public static final String MARKETPLACE_ENTITY = "AWS Marketplace";

    private final Set<String> excludedServices;

    public FeeBasePolicy(Collection<String> excludedServices) {
        this.excludedServices = excludedServices.stream().map(FeeBasePolicy::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the line is not in the base, or null when it is. */
    public Exclusion exclusion(ChargeType type, String service, String billingEntity) {
        if (!type.isEligible()) {
            return Exclusion.CHARGE_TYPE;
        }
        if (excludedServices.contains(key(service))) {
            return Exclusion.SERVICE;
        }
        if (MARKETPLACE_ENTITY.equalsIgnoreCase(billingEntity.strip())) {
            return Exclusion.MARKETPLACE;
        }
        return null;
    }

    public Set<String> excludedServices() {
        return excludedServices;
    }

    private static String key(String service) {
        return service.strip().toLowerCase(Locale.ROOT);
    }
}
