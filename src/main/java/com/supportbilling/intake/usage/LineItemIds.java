package com.supportbilling.intake.usage;

import java.util.HashSet;
import java.util.Set;

/** The line item ids seen so far in the month's usage files: a repeat is a duplicate (R10). */
public final class LineItemIds {

    private final Set<String> seen = new HashSet<>();

    /** Records the id; false when it was seen before. */
    public boolean firstSighting(String id) {
        return seen.add(id);
    }
}
