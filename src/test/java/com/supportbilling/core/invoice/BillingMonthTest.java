package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.described;
import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R6: an account's plans of the month by scope; R4: a plan's fee at the month's prices. */
class BillingMonthTest {

    @ParameterizedTest(name = "[{0}] in 2026-03, {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "0, 2026-02-01 DEVELOPER, 2026-03-10 ENTERPRISE, 2026-03-20 BUSINESS | ACCOUNT | BUSINESS; DEVELOPER",
            "0, 2026-02-01 DEVELOPER, 2026-03-10 ENTERPRISE, 2026-03-20 BUSINESS | GROUP | ENTERPRISE",
            // days before or after the month do not count, nor does BASIC
            "0, 2026-01-01 BUSINESS, 2026-03-01 BASIC, 2026-04-01 ENTERPRISE | ACCOUNT |",
            "0, 2026-01-01 BUSINESS, 2026-03-01 BASIC, 2026-04-01 ENTERPRISE | GROUP |"})
    void thePaidPlansOfAScopeWithADayInTheMonth(String account, Scope scope, String plans) {
        assertThat(BillingMonths.of("2026-03").paidPlans(described("111111111111", account).timeline(), scope))
                .extracting(PlanCode::value).containsExactlyElementsOf(rows(plans));
    }

    @Test
    void aPlansFeeIsOfTheMonthsDaysAndPrices() {
        BillingMonth february = BillingMonths.of("2026-02");
        assertThat(february.fee(R1Catalog.code("BUSINESS"), 18, new BigDecimal("151200")).roundedFee())
                .isEqualTo(new BigDecimal("540.00"));
        assertThat(february.fee(R1Catalog.code("BUSINESS"), 18, BigDecimal.ZERO).daysInMonth()).isEqualTo(28);
        assertThat(february.nextFirstDay()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
