package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.allocations;
import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.R1Catalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R6, D3: a group fee shared by base × days floored at 0, by days when the group's base or all of those are 0, exact
 * to the cent.
 */
class GroupAllocationTest {

    private static final AccountId PAYER = new AccountId("222222222222");

    @ParameterizedTest(name = "{1}: {2} of {0} → {3}")
    @CsvSource(delimiter = '|', value = {
            // walkthrough January: B' 140 000 and 62 000 × 11/31 = 22 000
            "2026-01 | 15840.00 | 222222222222 31 4340000; 222222222223 11 682000 "
                    + "| 222222222222 140000.00 13688.89; 222222222223 22000.00 2151.11",
            // no base at all: by days 31 : 10, the cent to the larger remainder
            "2026-03 | 15000.00 | 222222222222 31 0; 222222222223 10 0 "
                    + "| 222222222222 0.00 11341.46; 222222222223 0.00 3658.54",
            // D3: a negative base weighs 0 while another member has one
            "2026-03 | 1000.00 | 222222222222 31 -31000; 222222222223 31 310000 "
                    + "| 222222222222 -1000.00 0.00; 222222222223 10000.00 1000.00",
            // R6: a group's base of 0 — members' bases cancelling out — is split by days too: 30 : 30, then
            // 5 500.00 over three of 30 days each is 1 833.33 and a cent to the lowest id
            "2026-06 | 15000.00 | 222222222222 30 30000; 222222222223 30 -30000 "
                    + "| 222222222222 1000.00 7500.00; 222222222223 -1000.00 7500.00",
            "2026-06 | 5500.00 | 222222222222 30 15000; 222222222223 30 7507.5; 222222222224 30 -22507.5 "
                    + "| 222222222222 500.00 1833.34; 222222222223 250.25 1833.33; 222222222224 -750.25 1833.33",
            // a fee of 0 and a group without members are not allocated
            "2026-03 | 0.00 | 222222222222 31 0 |",
            "2026-03 | 15000.00 | |"})
    void theGroupFeeIsSharedOutToTheCent(String month, String fee, String members, String expected) {
        List<PlanGroup.Member> shares = new ArrayList<>();
        for (String member : rows(members)) {
            String[] parts = member.split(" ");
            shares.add(new PlanGroup.Member(new AccountId(parts[0]), Long.parseLong(parts[1]), new BigDecimal(parts[2])));
        }
        PlanGroup group = new PlanGroup(PAYER, R1Catalog.code("ENTERPRISE"), shares, List.of(), 31,
                RefundReason.PLAN_CHANGE, false);
        List<Allocation> split = new GroupAllocation(BillingMonths.of(month)).split(group, new BigDecimal(fee));
        assertThat(allocations(split)).containsExactlyElementsOf(rows(expected));
        assertThat(split).allSatisfy(allocation -> {
            assertThat(allocation.payer()).isEqualTo(PAYER);
            assertThat(allocation.plan()).isEqualTo(R1Catalog.code("ENTERPRISE"));
        });
        if (!split.isEmpty()) {
            assertThat(split.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(fee);
        }
    }
}
