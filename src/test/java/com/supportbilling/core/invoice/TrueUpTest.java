package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5, R8: MINIMUM = round(m) less the advance; an advance above round(m) refunded; USAGE = round(F) − round(m). */
class TrueUpTest {

    private static final AccountId SOLO = new AccountId("111111111111");
    private static final AccountId GROUP_PAYER = new AccountId("222222222222");
    private static final TaxRate KR = new TaxRate("KR", new BigDecimal("0.10"));

    @ParameterizedTest(name = "{0} {1} {2} {3} days, Σ base×n {4}, advance {5} → {6} | refund {7}")
    @CsvSource(delimiter = '|', value = {
            // nothing billed in advance: the whole minimum, and the usage fee above it (walkthrough January)
            "2026-01 | ACCOUNT | DEVELOPER | 31 | 38750 | 0.00 | MINIMUM 31/31 29.00; USAGE 31/31 8.50 |",
            // the advance covers the minimum exactly: no line, no refund
            "2026-03 | ACCOUNT | DEVELOPER | 31 | 0 | 29.00 | |",
            // an advance below the minimum (a price rise): the rest of it
            "2026-03 | ACCOUNT | BUSINESS | 31 | 0 | 90.00 | MINIMUM 31/31 10.00 |",
            // walkthrough February: Developer 10 days, 29.00 − 10.36 refunded, usage above the minimum
            "2026-02 | ACCOUNT | DEVELOPER | 10 | 84000 | 29.00 | USAGE 10/28 79.64 | 18/28 18.64",
            // the seed's upgrade on March 16: 29.00 − round(29 × 15/31) = 14.97
            "2026-03 | ACCOUNT | DEVELOPER | 15 | 0 | 29.00 | | 16/31 14.97",
            // D4: an advance for a plan with no day in the month is refunded in full
            "2026-03 | ACCOUNT | DEVELOPER | 0 | 0 | 29.00 | | 31/31 29.00",
            // a group settles the same way on its own n and B' (walkthrough February)
            "2026-02 | GROUP | ENTERPRISE | 28 | 4984000 | 15000.00 | USAGE 28/28 1960.00 |",
            "2026-03 | GROUP | ENTERPRISE | 15 | 0 | 15000.00 | | 16/31 7741.94"})
    void theMinimumIsTrueUpAgainstTheAdvanceAndTheUsageIsCharged(String month, Scope scope, String plan, long days,
            String baseDays, String advance, String lines, String refunds) {
        BillingMonth billing = BillingMonths.of(month);
        BillingSubject subject = new BillingSubject(scope == Scope.ACCOUNT ? SOLO : GROUP_PAYER, scope);
        StatementPart part = new TrueUp(billing, SOLO, TaxRate.NONE).settle(subject,
                billing.fee(R1Catalog.code(plan), days, new BigDecimal(baseDays)), new BigDecimal(advance),
                RefundReason.PLAN_CHANGE);
        assertThat(part.lines()).allSatisfy(line -> {
            assertThat(line.account()).isEqualTo(subject.id());
            assertThat(line.scope()).isEqualTo(scope);
            assertThat(line.plan()).isEqualTo(R1Catalog.code(plan));
            assertThat(line.serviceMonth()).isEqualTo(billing.month());
        });
        assertThat(part.lines().stream().map(line -> line.type() + " " + line.days() + "/" + line.daysInMonth() + " "
                + line.amount())).containsExactlyElementsOf(rows(lines));
        assertThat(part.refunds().stream().map(refund -> refund.unusedDays() + "/" + refund.daysInMonth() + " "
                + refund.amount())).containsExactlyElementsOf(rows(refunds));
        assertThat(part.allocations()).isEmpty();
    }

    @Test
    void aRefundGoesToThePayerTaxedAtItsRateWithTheReasonGivenAndItsIdInEveryRevision() {
        // D44: 7 741.94 × 10 % = 774.19; D25: revision 2 does not suffix a refund's id
        BillingMonth billing = BillingMonths.of("2026-03", R1Catalog.catalog(), 2);
        StatementPart part = new TrueUp(billing, GROUP_PAYER, KR).settle(BillingSubject.group(GROUP_PAYER),
                billing.fee(R1Catalog.code("ENTERPRISE"), 15, BigDecimal.ZERO), new BigDecimal("15000.00"),
                RefundReason.CANCELLATION);
        assertThat(part.refunds()).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo("RF-202603-222222222222-ENTERPRISE");
            assertThat(refund.payer()).isEqualTo(GROUP_PAYER);
            assertThat(refund.reason()).isEqualTo(RefundReason.CANCELLATION);
            assertThat(refund.tax()).isEqualTo(new BigDecimal("774.19"));
            assertThat(refund.total()).isEqualTo(new BigDecimal("8516.13"));
        });
    }

    @Test
    void theUsageLineCarriesTheProratedBaseAndEachLineSaysHowItWasComputed() {
        // D2: B' = 8 400 × 18/28 = 5 400 on USAGE only
        BillingMonth billing = BillingMonths.of("2026-02");
        StatementPart part = new TrueUp(billing, SOLO, TaxRate.NONE).settle(BillingSubject.account(SOLO),
                billing.fee(R1Catalog.code("BUSINESS"), 18, new BigDecimal("151200")), BigDecimal.ZERO,
                RefundReason.PLAN_CHANGE);
        List<InvoiceLine> lines = part.lines();
        assertThat(lines).extracting(InvoiceLine::feeBase).containsExactly(null, new BigDecimal("5400.00"));
        assertThat(lines).extracting(InvoiceLine::description).containsExactly(
                "Business minimum for 18 of 28 days (64.29) less 0.00 billed in advance",
                "Business fee 540.00 on prorated base 5400.00 for 18 of 28 days, less minimum 64.29");
        assertThat(lines).extracting(InvoiceLine::plan).containsOnly(new PlanCode("BUSINESS"));
    }
}
