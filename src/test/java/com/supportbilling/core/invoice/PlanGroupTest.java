package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.described;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.R1Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R6: a group's n counts the days with at least one member on the plan, its base sums base × own days;
 * R8, D5: its refund reason; R5: whether a member is on the plan next month.
 */
class PlanGroupTest {

    private static final String PAYER = "222222222222";
    private static final String MEMBER = "222222222223";

    @ParameterizedTest(name = "payer [{0}], member [{1}] on {2} in {3} → n {4}, {5}, {6}, {7}, next month {8}")
    @CsvSource(delimiter = '|', value = {
            // walkthrough January: the member's 11 days lie within the payer's 31; Σ base × n = 140 000 × 31 + 62 000 × 11
            "140000, 2025-10-01 ENTERPRISE | 62000, 2026-01-21 ENTERPRISE, 2026-02-15 BASIC | ENTERPRISE | 2026-01 "
                    + "| 31 | 222222222222 31; 222222222223 11 | 5022000 | PLAN_CHANGE | true",
            // overlapping stretches count each day once: March 1 – 20; both on BASIC at the end
            "0, 2026-03-01 ENTERPRISE, 2026-03-11 BASIC | 0, 2026-03-05 ENTERPRISE, 2026-03-21 BASIC | ENTERPRISE "
                    + "| 2026-03 | 20 | 222222222222 10; 222222222223 16 | 0 | CANCELLATION | false",
            // a gap between members: 5 + 12 days; one still on the plan makes it a plan change
            "100, 2026-03-01 ENTERPRISE, 2026-03-06 BASIC | 200, 2026-03-20 ENTERPRISE | ENTERPRISE | 2026-03 "
                    + "| 17 | 222222222222 5; 222222222223 12 | 2900 | PLAN_CHANGE | true",
            // a member moving to the other group plan is a plan change of this one
            "0, 2025-01-01 ENTERPRISE, 2026-03-16 BASIC | 0, 2025-01-01 ENTERPRISE, 2026-03-16 ENTERPRISE_ON_RAMP "
                    + "| ENTERPRISE | 2026-03 | 15 | 222222222222 15; 222222222223 15 | 0 | PLAN_CHANGE | false",
            // D5: nobody on the plan in the month; those on it the day before decide
            "0, 2025-01-01 ENTERPRISE, 2026-03-01 BASIC | 0 | ENTERPRISE | 2026-03 | 0 | | 0 | CANCELLATION | false",
            "0, 2025-01-01 ENTERPRISE, 2026-03-01 ENTERPRISE_ON_RAMP | 0 | ENTERPRISE | 2026-03 "
                    + "| 0 | | 0 | PLAN_CHANGE | false",
            // a member joining on next month's first day: no day this month
            "0 | 50000, 2026-04-01 ENTERPRISE | ENTERPRISE | 2026-03 | 0 | | 0 | CANCELLATION | true"})
    void theGroupOfThePayersAccountsOnAPlan(String payer, String member, String plan, String month, long days,
            String members, String baseDays, RefundReason reason, boolean onPlanNextMonth) {
        PlanGroup group = group(month, plan, payer, member);
        assertThat(group.payer()).isEqualTo(new AccountId(PAYER));
        assertThat(group.days()).isEqualTo(days);
        assertThat(group.members().stream().map(share -> share.account() + " " + share.days()))
                .containsExactlyElementsOf(PayerFixture.rows(members));
        assertThat(group.baseDays()).isEqualByComparingTo(baseDays);
        assertThat(group.refundReason()).isEqualTo(reason);
        assertThat(group.onPlanNextMonth()).isEqualTo(onPlanNextMonth);
    }

    @Test
    void theGroupsPaidPeriodsAreTheStretchesWithAMemberOnThePlan() {
        // R7, D45: March 1 – 5 and March 20 onwards, merged across members, every one on the group's plan
        PlanGroup group = group("2026-03", "ENTERPRISE", "0, 2026-03-01 ENTERPRISE, 2026-03-06 BASIC",
                "0, 2026-03-04 ENTERPRISE, 2026-03-05 BASIC, 2026-03-20 ENTERPRISE");
        assertThat(group.periods()).extracting(period -> period.days().toString())
                .containsExactly("[2026-03-01, 2026-03-06)", "[2026-03-20, …)");
        assertThat(group.periods()).allSatisfy(period ->
                assertThat(period.lastPlan()).isEqualTo(R1Catalog.code("ENTERPRISE")));
    }

    /** A group of the payer and its member, each given as "base, date PLAN, date PLAN…". */
    private static PlanGroup group(String month, String plan, String payer, String member) {
        PayerMonth payerMonth = new PayerMonth(new AccountId(PAYER), "US",
                List.of(described(MEMBER, member), described(PAYER, payer)), List.of());
        return PlanGroup.of(BillingMonths.of(month), payerMonth, R1Catalog.code(plan));
    }
}
