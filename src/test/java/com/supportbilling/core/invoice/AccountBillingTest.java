package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.described;
import static com.supportbilling.core.invoice.PayerFixture.lines;
import static com.supportbilling.core.invoice.PayerFixture.refunds;
import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R5–R8 for one account subject: the true-up of each ACCOUNT-scope plan used or billed in advance (D4),
 * the commitment of its own paid periods (R7, D7, D45), next month's advance.
 */
class AccountBillingTest {

    private static final String SOLO = "111111111111";

    @ParameterizedTest(name = "[{0}] with advance [{1}] in {2}")
    @CsvSource(delimiter = '|', value = {
            // the seed's upgrade on March 16 (R8 PLAN_CHANGE)
            "0, 2026-02-01 DEVELOPER, 2026-03-16 BUSINESS | DEVELOPER 29.00 | 2026-03 "
                    + "| 111111111111 MINIMUM BUSINESS 2026-03 16/31 51.61; 111111111111 ADVANCE BUSINESS 2026-04 30/30 100.00 "
                    + "| RF-202603-111111111111-DEVELOPER PLAN_CHANGE 16/31 14.97 0.00 14.97",
            // D4: an advance for a plan left before the month, refunded in full; the reason from the last day
            "0, 2026-01-01 DEVELOPER, 2026-03-01 BUSINESS | DEVELOPER 29.00 | 2026-03 "
                    + "| 111111111111 MINIMUM BUSINESS 2026-03 31/31 100.00; 111111111111 ADVANCE BUSINESS 2026-04 30/30 100.00 "
                    + "| RF-202603-111111111111-DEVELOPER PLAN_CHANGE 31/31 29.00 0.00 29.00",
            "0, 2026-01-01 DEVELOPER, 2026-03-01 BASIC | DEVELOPER 29.00 | 2026-03 "
                    + "| | RF-202603-111111111111-DEVELOPER CANCELLATION 31/31 29.00 0.00 29.00",
            // D6: an account accounts.csv no longer lists is on BASIC with no base
            "0 | BUSINESS 100.00 | 2026-03 | | RF-202603-111111111111-BUSINESS CANCELLATION 31/31 100.00 0.00 100.00",
            // R7: L = 29 owes one day
            "0, 2026-03-02 DEVELOPER, 2026-03-31 BASIC | | 2026-03 "
                    + "| 111111111111 MINIMUM DEVELOPER 2026-03 29/31 27.13; 111111111111 COMMITMENT DEVELOPER 2026-03 1/31 0.94 |",
            // D7: a period whose last paid plan is GROUP-scope is the group's, as are the plan's days
            "0, 2026-03-05 ENTERPRISE, 2026-03-15 BASIC | | 2026-03 | |",
            // D45: the account's own period ends on DEVELOPER
            "0, 2026-03-05 ENTERPRISE, 2026-03-15 DEVELOPER, 2026-03-25 BASIC | | 2026-03 "
                    + "| 111111111111 MINIMUM DEVELOPER 2026-03 10/31 9.35; 111111111111 COMMITMENT DEVELOPER 2026-03 10/31 9.35 |",
            // R5: no advance for a GROUP-scope plan next month; the period goes on, so no commitment
            "0, 2026-03-01 BUSINESS, 2026-04-01 ENTERPRISE | BUSINESS 100.00 | 2026-03 | |",
            // the usage fee above the minimum (walkthrough January)
            "1250, 2025-12-01 DEVELOPER | | 2026-01 "
                    + "| 111111111111 MINIMUM DEVELOPER 2026-01 31/31 29.00; 111111111111 USAGE DEVELOPER 2026-01 31/31 8.50; "
                    + "111111111111 ADVANCE DEVELOPER 2026-02 28/28 29.00 |"})
    void anAccountsMonth(String account, String advance, String month, String expectedLines, String expectedRefunds) {
        List<PriorAdvance> advances = rows(advance).stream().map(recorded -> recorded.split(" "))
                .map(parts -> new PriorAdvance(new AccountId(SOLO), Scope.ACCOUNT, new PlanCode(parts[0]),
                        new BigDecimal(parts[1]))).toList();
        BillingMonth billing = BillingMonths.of(month);
        PriorAdvances prior = PriorAdvances.of(advances);
        StatementPart part = new AccountBilling(billing, prior, new TrueUp(billing, new AccountId(SOLO), TaxRate.NONE))
                .bill(described(SOLO, account));
        assertThat(lines(part.lines())).containsExactlyElementsOf(rows(expectedLines));
        assertThat(refunds(part.refunds())).containsExactlyElementsOf(rows(expectedRefunds));
        assertThat(part.allocations()).isEmpty();
    }
}
