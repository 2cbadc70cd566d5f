package com.supportbilling.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.timeline.PlanEvent;
import com.supportbilling.core.timeline.PlanTimeline;
import com.supportbilling.intake.reference.CatalogFile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A month's plan changes read from the timelines: registrations, upgrades, downgrades and cancellations, in date order. */
class PlanChangesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final AccountId A = new AccountId("100000000001");
    private static final AccountId B = new AccountId("100000000002");

    @Test
    void eachDayWhosePlanDiffersFromTheDayBeforeIsAChangeOfItsKind() {
        Map<AccountId, PlanTimeline> timelines = Map.of(
                A, PlanTimeline.of(List.of(event(A, "2026-02-01", "DEVELOPER"), event(A, "2026-03-16", "BUSINESS"),
                        event(A, "2026-04-02", "BASIC"))),
                B, PlanTimeline.of(List.of(event(B, "2026-03-01", "DEVELOPER"), event(B, "2026-03-10", "ENTERPRISE"),
                        event(B, "2026-03-20", "BUSINESS"), event(B, "2026-03-31", "BASIC"))));

        List<PlanChanges.Change> changes = PlanChanges.of(MARCH, timelines, CatalogFile.defaultCatalog().inForce(MARCH));

        assertThat(changes).extracting(change -> change.date() + " " + change.account() + " " + change.from() + "→"
                + change.to() + " " + change.kind()).containsExactly(
                "2026-03-01 100000000002 BASIC→DEVELOPER REGISTRATION",
                "2026-03-10 100000000002 DEVELOPER→ENTERPRISE UPGRADE",
                "2026-03-16 100000000001 DEVELOPER→BUSINESS UPGRADE",
                "2026-03-20 100000000002 ENTERPRISE→BUSINESS DOWNGRADE",
                "2026-03-31 100000000002 BUSINESS→BASIC CANCELLATION");
    }

    private static PlanEvent event(AccountId account, String date, String plan) {
        return new PlanEvent(account, LocalDate.parse(date), new PlanCode(plan));
    }
}
