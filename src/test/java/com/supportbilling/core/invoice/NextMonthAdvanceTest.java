package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5: next month's minimum billed in advance, for a paid plan of the subject's scope; D2: next month's days twice. */
class NextMonthAdvanceTest {

    private static final AccountId SOLO = new AccountId("111111111111");

    @ParameterizedTest(name = "{1} subject on {2} on the first day after {0} → {3}")
    @CsvSource(delimiter = '|', value = {
            "2026-01 | ACCOUNT | DEVELOPER | DEVELOPER 2026-02 28/28 29.00",
            "2026-03 | ACCOUNT | BUSINESS | BUSINESS 2026-04 30/30 100.00",
            "2026-03 | GROUP | ENTERPRISE | ENTERPRISE 2026-04 30/30 15000.00",
            "2026-12 | GROUP | ENTERPRISE_ON_RAMP | ENTERPRISE_ON_RAMP 2027-01 31/31 5500.00",
            "2028-01 | ACCOUNT | DEVELOPER | DEVELOPER 2028-02 29/29 29.00",
            // BASIC is not billed in advance
            "2026-03 | ACCOUNT | BASIC |",
            // a plan of the other scope is the other subject's
            "2026-03 | ACCOUNT | ENTERPRISE |",
            "2026-03 | GROUP | BUSINESS |"})
    void aPaidPlanOfTheSubjectsScopeIsBilledAWholeMonthAhead(String month, Scope scope, String plan, String expected) {
        Optional<InvoiceLine> line = new NextMonthAdvance(BillingMonths.of(month))
                .line(new BillingSubject(SOLO, scope), R1Catalog.code(plan));
        assertThat(line.map(found -> String.join(" ", found.plan().value(), found.serviceMonth().toString(),
                found.days() + "/" + found.daysInMonth(), found.amount().toPlainString())))
                .isEqualTo(Optional.ofNullable(expected));
        line.ifPresent(found -> {
            assertThat(found.type()).isEqualTo(LineType.ADVANCE);
            assertThat(found.scope()).isEqualTo(scope);
        });
    }

    @Test
    void nextMonthsCatalogVersionPricesTheAdvance() {
        Catalog catalog = new Catalog(List.of(R1Catalog.version(LocalDate.of(2000, 1, 1), "29"),
                R1Catalog.version(LocalDate.of(2026, 4, 1), "35")));
        InvoiceLine line = new NextMonthAdvance(BillingMonths.of("2026-03", catalog, 1))
                .line(BillingSubject.account(SOLO), R1Catalog.code("DEVELOPER")).orElseThrow();
        assertThat(line.amount()).isEqualByComparingTo("35.00");
        assertThat(line.description()).isEqualTo("Developer minimum for 2026-04, billed in advance");
    }
}
