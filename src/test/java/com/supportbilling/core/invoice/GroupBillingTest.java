package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.allocations;
import static com.supportbilling.core.invoice.PayerFixture.described;
import static com.supportbilling.core.invoice.PayerFixture.lines;
import static com.supportbilling.core.invoice.PayerFixture.refunds;
import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R6 for one group subject: the true-up on the group's n and B' with the payer's id, the allocation of its
 * fee, the commitment of its periods (R7, D45), next month's advance while a member stays on (R5).
 */
class GroupBillingTest {

    private static final String PAYER = "222222222222";
    private static final String MEMBER = "222222222223";

    @ParameterizedTest(name = "payer [{0}], member [{1}], advance {2} in {3}")
    @CsvSource(delimiter = '|', value = {
            // walkthrough January: B' = 162 000, nothing billed in advance
            "140000, 2025-10-01 ENTERPRISE | 62000, 2026-01-21 ENTERPRISE, 2026-02-15 BASIC | 0.00 | 2026-01 "
                    + "| 222222222222 MINIMUM ENTERPRISE 2026-01 31/31 15000.00; 222222222222 USAGE ENTERPRISE 2026-01 31/31 840.00; "
                    + "222222222222 ADVANCE ENTERPRISE 2026-02 28/28 15000.00 "
                    + "| | 222222222222 140000.00 13688.89; 222222222223 22000.00 2151.11",
            // every member cancels on March 16: n = 15, the advance above 7 258.06 refunded, the fee allocated by days
            "0, 2025-01-01 ENTERPRISE, 2026-03-16 BASIC | 0, 2025-01-01 ENTERPRISE, 2026-03-16 BASIC | 15000.00 | 2026-03 "
                    + "| | RF-202603-222222222222-ENTERPRISE CANCELLATION 16/31 7741.94 0.00 7741.94 "
                    + "| 222222222222 0.00 3629.03; 222222222223 0.00 3629.03",
            // a group period of 10 days owes 20 more, on the payer's id
            "0 | 0, 2026-03-05 ENTERPRISE, 2026-03-15 BASIC | 0.00 | 2026-03 "
                    + "| 222222222222 MINIMUM ENTERPRISE 2026-03 10/31 4838.71; 222222222222 COMMITMENT ENTERPRISE 2026-03 20/31 9677.42 "
                    + "| | 222222222223 0.00 4838.71",
            // on the plan from next month's first day: the advance only, nothing to allocate
            "0 | 0, 2026-04-01 ENTERPRISE | 0.00 | 2026-03 | 222222222222 ADVANCE ENTERPRISE 2026-04 30/30 15000.00 | |"})
    void aGroupsMonth(String payer, String member, String advance, String month, String expectedLines,
            String expectedRefunds, String expectedAllocations) {
        AccountId payerId = new AccountId(PAYER);
        List<PriorAdvance> advances = List.of(new PriorAdvance(payerId, Scope.GROUP, R1Catalog.code("ENTERPRISE"),
                new BigDecimal(advance)));
        PayerMonth payerMonth = new PayerMonth(payerId, "US", List.of(described(PAYER, payer), described(MEMBER, member)),
                advances);
        BillingMonth billing = BillingMonths.of(month);
        StatementPart part = new GroupBilling(billing, PriorAdvances.of(advances), new TrueUp(billing, payerId, TaxRate.NONE))
                .bill(PlanGroup.of(billing, payerMonth, R1Catalog.code("ENTERPRISE")));
        assertThat(lines(part.lines())).containsExactlyElementsOf(rows(expectedLines));
        assertThat(part.lines()).allSatisfy(line -> assertThat(line.scope()).isEqualTo(Scope.GROUP));
        assertThat(refunds(part.refunds())).containsExactlyElementsOf(rows(expectedRefunds));
        assertThat(allocations(part.allocations())).containsExactlyElementsOf(rows(expectedAllocations));
    }
}
