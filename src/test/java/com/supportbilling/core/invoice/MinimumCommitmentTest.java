package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.timeline.DayRange;
import com.supportbilling.core.timeline.PaidPeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R7: a paid period of L &lt; 30 days owes round(min(last paid plan) × (30 − L) ÷ D) in the month of its last day. */
class MinimumCommitmentTest {

    private static final AccountId SOLO = new AccountId("111111111111");

    @ParameterizedTest(name = "{2} from {0} to before {1}, billed in {3} → {4}")
    @CsvSource(delimiter = '|', value = {
            // L = 29: one day owed, round(29 × 1/31) = 0.94
            "2026-03-02 | 2026-03-31 | DEVELOPER | 2026-03 | 1/31 0.94",
            // L = 30: the commitment is met
            "2026-03-01 | 2026-03-31 | DEVELOPER | 2026-03 |",
            // across months, settled where the last paid day falls: 14 of April's 30 days, round(29 × 14/30)
            "2026-03-25 | 2026-04-10 | DEVELOPER | 2026-04 | 14/30 13.53",
            "2026-03-25 | 2026-04-10 | DEVELOPER | 2026-03 |",
            // the last paid plan prices it: round(100 × 10/31)
            "2026-03-10 | 2026-03-30 | BUSINESS | 2026-03 | 10/31 32.26",
            // a period ending on the month's last day is the month's
            "2026-03-20 | 2026-04-01 | DEVELOPER | 2026-03 | 18/31 16.84",
            "2026-03-20 | 2026-04-01 | DEVELOPER | 2026-04 |",
            // one day in February: 29 days owed of 28, round(100 × 29/28)
            "2026-02-28 | 2026-03-01 | BUSINESS | 2026-02 | 29/28 103.57",
            // a group's period, on the payer's id: round(15 000 × 20/31)
            "2026-03-05 | 2026-03-15 | ENTERPRISE | 2026-03 | 20/31 9677.42"})
    void aShortPeriodOwesTheRestOfThirtyDaysInTheMonthOfItsLastPaidDay(LocalDate start, LocalDate end, String plan,
            String month, String expected) {
        Optional<InvoiceLine> line = new MinimumCommitment(BillingMonths.of(month))
                .line(BillingSubject.account(SOLO), new PaidPeriod(new DayRange(start, end), R1Catalog.code(plan)));
        assertThat(line.map(found -> found.days() + "/" + found.daysInMonth() + " " + found.amount()))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void aPeriodThatHasNotEndedOwesNothing() {
        PaidPeriod open = new PaidPeriod(DayRange.from(LocalDate.of(2026, 3, 20)), R1Catalog.code("DEVELOPER"));
        assertThat(new MinimumCommitment(BillingMonths.of("2026-03")).line(BillingSubject.account(SOLO), open)).isEmpty();
    }

    @Test
    void theLineNamesTheSubjectThePlanAndThePeriod() {
        AccountId payer = new AccountId("222222222222");
        PaidPeriod period = new PaidPeriod(new DayRange(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 15)),
                R1Catalog.code("ENTERPRISE"));
        InvoiceLine line = new MinimumCommitment(BillingMonths.of("2026-03")).line(BillingSubject.group(payer), period)
                .orElseThrow();
        assertThat(line.account()).isEqualTo(payer);
        assertThat(line.scope()).isEqualTo(Scope.GROUP);
        assertThat(line.type()).isEqualTo(LineType.COMMITMENT);
        assertThat(line.feeBase()).isNull();
        assertThat(line.description()).isEqualTo(
                "Enterprise 30-day minimum commitment: paid 10 days from 2026-03-05 to 2026-03-14, 20 days owed");
    }
}
