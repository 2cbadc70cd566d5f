package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.described;
import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R6: a payer's invoice bills its accounts and its groups; D6: and the accounts it settles an advance of. */
class PayerSubjectsTest {

    private static final String PAYER = "222222222222";
    private static final String MEMBER = "222222222223";
    private static final String GONE = "222222222224";

    @Test
    void theAccountsByIdWithAnyAccountNoLongerListedWhoseAdvanceThePayerSettles() {
        PayerMonth payer = PayerFixture.payer(PAYER, "US")
                .member(MEMBER, "500", "2026-01-01 BUSINESS")
                .member(PAYER, "0")
                .advance(GONE, Scope.ACCOUNT, "DEVELOPER", "29.00")
                .advance(MEMBER, Scope.ACCOUNT, "BUSINESS", "100.00")
                .advance(PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").build();
        List<MemberMonth> accounts = PayerSubjects.accounts(payer, PriorAdvances.of(payer.priorAdvances()));
        assertThat(accounts).extracting(account -> account.account().value()).containsExactly(PAYER, MEMBER, GONE);
        assertThat(accounts.get(1)).isSameAs(payer.members().get(0));
        // D4: on BASIC all month with no base, so its advance is refunded in full
        MemberMonth gone = accounts.get(2);
        assertThat(gone.base()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(gone.timeline().planOn(LocalDate.of(2026, 3, 15))).isEqualTo(PlanCode.BASIC);
        assertThat(gone.timeline().paidPeriods()).isEqualTo(PlanTimeline.alwaysBasic().paidPeriods());
    }

    @ParameterizedTest(name = "payer [{0}], member [{1}], advance [{2}] → groups {3}")
    @CsvSource(delimiter = '|', value = {
            // the payer on an account plan, its member on a group plan: one group
            "0, 2026-01-01 BUSINESS | 0, 2026-01-01 ENTERPRISE | | ENTERPRISE",
            // a member moving between group plans during the month: two groups
            "0 | 0, 2026-01-01 ENTERPRISE, 2026-03-16 ENTERPRISE_ON_RAMP | | ENTERPRISE; ENTERPRISE_ON_RAMP",
            // R5: on a group plan from next month's first day only
            "0 | 0, 2026-04-01 ENTERPRISE | | ENTERPRISE",
            // the group was billed an advance though nobody is on the plan any more (D4)
            "0 | 0, 2025-01-01 ENTERPRISE, 2026-03-01 BASIC | GROUP ENTERPRISE | ENTERPRISE",
            // gone before the month and no advance: no group
            "0 | 0, 2025-01-01 ENTERPRISE, 2026-02-01 BASIC | |",
            // an account's advance makes no group
            "0, 2026-01-01 BUSINESS | 0 | ACCOUNT BUSINESS |"})
    void aGroupForEachGroupPlanOfTheMonthOrOfNextMonthsFirstDayOrBilledInAdvance(String payer, String member,
            String advance, String plans) {
        List<PriorAdvance> advances = new ArrayList<>();
        for (String recorded : rows(advance)) {
            String[] parts = recorded.split(" ");
            advances.add(new PriorAdvance(new AccountId(PAYER), Scope.valueOf(parts[0]), new PlanCode(parts[1]),
                    new BigDecimal("100.00")));
        }
        PayerMonth payerMonth = new PayerMonth(new AccountId(PAYER), "US",
                List.of(described(PAYER, payer), described(MEMBER, member)), advances);
        List<PlanGroup> groups = PayerSubjects.groups(BillingMonths.of("2026-03"), payerMonth,
                PriorAdvances.of(advances));
        assertThat(groups).extracting(group -> group.plan().value()).containsExactlyElementsOf(rows(plans));
        assertThat(groups).allSatisfy(group -> assertThat(group.payer()).isEqualTo(new AccountId(PAYER)));
    }
}
