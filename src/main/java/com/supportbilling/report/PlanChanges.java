package com.supportbilling.report;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.timeline.DayRange;
import com.supportbilling.core.timeline.PlanChange;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The plan changes that took effect in a month, from the accounts' plan timelines (R3): a day whose
 * plan differs from the day before. From BASIC it is a registration, to BASIC a cancellation; between
 * paid plans an upgrade when the new plan's minimum in the month's catalog is higher, else a downgrade.
 */
final class PlanChanges {

    enum Kind {
        UPGRADE, DOWNGRADE, REGISTRATION, CANCELLATION
    }

    record Change(AccountId account, LocalDate date, PlanCode from, PlanCode to, Kind kind) {
    }

    private PlanChanges() {
    }

    static List<Change> of(YearMonth month, Map<AccountId, PlanTimeline> timelines, CatalogVersion catalog) {
        List<Change> changes = new ArrayList<>();
        DayRange days = DayRange.of(month);
        timelines.forEach((account, timeline) -> {
            for (PlanChange change : timeline.changesWithin(days)) {
                changes.add(new Change(account, change.date(), change.from(), change.to(),
                        kind(change.from(), change.to(), catalog)));
            }
        });
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::account));
        return changes;
    }

    private static Kind kind(PlanCode from, PlanCode to, CatalogVersion catalog) {
        if (!from.isPaid()) {
            return Kind.REGISTRATION;
        }
        if (!to.isPaid()) {
            return Kind.CANCELLATION;
        }
        return minimum(to, catalog).compareTo(minimum(from, catalog)) > 0 ? Kind.UPGRADE : Kind.DOWNGRADE;
    }

    private static BigDecimal minimum(PlanCode plan, CatalogVersion catalog) {
        return catalog.find(plan).map(Plan::minimum).orElse(BigDecimal.ZERO);
    }
}
