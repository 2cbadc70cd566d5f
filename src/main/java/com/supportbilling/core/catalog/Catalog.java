package com.supportbilling.core.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** Effective-dated catalog versions; a month is priced by the version in force on its first day (R1). */
public record Catalog(List<CatalogVersion> versions) {

    public Catalog {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one version");
        }
        versions = versions.stream().sorted(Comparator.comparing(CatalogVersion::effectiveFrom)).toList();
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two catalog versions are effective from " + versions.get(i).effectiveFrom());
            }
        }
    }

    /** Whether a version is in force on the first day of {@code month}, so that {@link #inForce} can price it. */
    public boolean prices(YearMonth month) {
        return !earliest().isAfter(month.atDay(1));
    }

    /** The day the first version takes effect. */
    public LocalDate earliest() {
        return versions.get(0).effectiveFrom();
    }

    /** The version in force on the first day of {@code month}. */
    public CatalogVersion inForce(YearMonth month) {
        LocalDate firstDay = month.atDay(1);
        CatalogVersion inForce = null;
        for (CatalogVersion version : versions) {
            if (!version.effectiveFrom().isAfter(firstDay)) {
                inForce = version;
            }
        }
        if (inForce == null) {
            throw new IllegalArgumentException("no catalog version is in force on " + firstDay
                    + "; the earliest is effective from " + earliest());
        }
        return inForce;
    }

    /** Whether any version knows the plan: an event naming a plan no version has is rejected (R10). */
    public boolean knows(PlanCode code) {
        return versions.stream().anyMatch(version -> version.plans().containsKey(code));
    }
}
