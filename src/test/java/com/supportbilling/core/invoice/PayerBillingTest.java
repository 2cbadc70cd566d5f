package com.supportbilling.core.invoice;

import static com.supportbilling.core.invoice.PayerFixture.allocations;
import static com.supportbilling.core.invoice.PayerFixture.lines;
import static com.supportbilling.core.invoice.PayerFixture.payer;
import static com.supportbilling.core.invoice.PayerFixture.refunds;
import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.CatalogVersion;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** R4–R8 on one payer's month; every expectation computed by hand in the comments. */
class PayerBillingTest {

    private static final String SOLO = "111111111111";
    private static final String GROUP_PAYER = "222222222222";
    private static final String MEMBER = "222222222223";

    @Nested
    class Walkthrough {

        @Test
        void januarySoloDevChargesTheWholeMinimumWithNothingInAdvance() {
            // base 1 250 → fee max(29, 37.50) = 37.50: MINIMUM 29.00 + USAGE 8.50; ADVANCE for February 29.00
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "1250.00", "2025-12-01 DEVELOPER", "2026-02-11 BUSINESS").billIn("2026-01");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM DEVELOPER 2026-01 31/31 29.00",
                    "111111111111 USAGE DEVELOPER 2026-01 31/31 8.50",
                    "111111111111 ADVANCE DEVELOPER 2026-02 28/28 29.00");
            Invoice invoice = statement.invoice().orElseThrow();
            assertThat(invoice.id()).isEqualTo("INV-202601-111111111111");
            assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("66.50"));
            assertThat(invoice.tax()).isEqualTo(new BigDecimal("0.00"));
            assertThat(statement.refunds()).isEmpty();
        }

        @Test
        void januaryGroupAggregatesMembersByTheirOwnDays() {
            // B' = 140 000 + 62 000 × 11/31 = 162 000 → 15 000 + 12 000 × 7 % = 15 840
            PayerStatement statement = group().billIn("2026-01");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM ENTERPRISE 2026-01 31/31 15000.00",
                    "222222222222 USAGE ENTERPRISE 2026-01 31/31 840.00",
                    "222222222222 ADVANCE ENTERPRISE 2026-02 28/28 15000.00");
            Invoice invoice = statement.invoice().orElseThrow();
            assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("30840.00"));
            assertThat(invoice.tax()).isEqualTo(new BigDecimal("3084.00"));
            assertThat(invoice.total()).isEqualTo(new BigDecimal("33924.00"));
            assertThat(allocations(statement)).containsExactly(
                    "222222222222 140000.00 13688.89",
                    "222222222223 22000.00 2151.11");
        }

        @Test
        void februaryUpgradeRefundsTheDeveloperAdvanceAndStartsBusiness() {
            // Developer 10 days: 29 × 10/28 → 10.36, F 90.00, USAGE 79.64, refund 29.00 − 10.36 = 18.64;
            // Business 18 days: MINIMUM 64.29, F 540.00, USAGE 475.71; ADVANCE Business for March
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "8400.00", "2025-12-01 DEVELOPER", "2026-02-11 BUSINESS")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-02");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM BUSINESS 2026-02 18/28 64.29",
                    "111111111111 USAGE BUSINESS 2026-02 18/28 475.71",
                    "111111111111 USAGE DEVELOPER 2026-02 10/28 79.64",
                    "111111111111 ADVANCE BUSINESS 2026-03 31/31 100.00");
            assertThat(statement.invoice().orElseThrow().subtotal()).isEqualTo(new BigDecimal("719.64"));
            assertThat(refunds(statement)).containsExactly("RF-202602-111111111111-DEVELOPER PLAN_CHANGE 18/28 18.64 0.00 18.64");
        }

        @Test
        void februaryGroupGoesOnWhenAMemberLeaves() {
            // n = 28; B' = 150 000 + 56 000 × 14/28 = 178 000 → 16 960; the advance covers the minimum
            PayerStatement statement = payer(GROUP_PAYER, "KR")
                    .member(GROUP_PAYER, "150000.00", "2025-10-01 ENTERPRISE")
                    .member(MEMBER, "56000.00", "2026-01-21 ENTERPRISE", "2026-02-15 BASIC")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-02");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 USAGE ENTERPRISE 2026-02 28/28 1960.00",
                    "222222222222 ADVANCE ENTERPRISE 2026-03 31/31 15000.00");
            assertThat(statement.invoice().orElseThrow().tax()).isEqualTo(new BigDecimal("1696.00"));
            assertThat(allocations(statement)).containsExactly(
                    "222222222222 150000.00 14292.13",
                    "222222222223 28000.00 2667.87");
            assertThat(statement.refunds()).isEmpty();
        }

        private PayerFixture group() {
            return payer(GROUP_PAYER, "KR")
                    .member(GROUP_PAYER, "140000.00", "2025-10-01 ENTERPRISE")
                    .member(MEMBER, "62000.00", "2026-01-21 ENTERPRISE", "2026-02-15 BASIC");
        }
    }

    @Nested
    class SeedExamples {

        @Test
        void developerStartedOnMarch25IsProratedBySevenDays() {
            PayerStatement statement = payer(SOLO, "US").member(SOLO, "0", "2026-03-25 DEVELOPER").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM DEVELOPER 2026-03 7/31 6.55",
                    "111111111111 ADVANCE DEVELOPER 2026-04 30/30 29.00");
        }

        @Test
        void upgradeOnMarch16RefundsFourteenNinetySevenAndChargesBusinessFromThe16th() {
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-02-01 DEVELOPER", "2026-03-16 BUSINESS")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM BUSINESS 2026-03 16/31 51.61",
                    "111111111111 ADVANCE BUSINESS 2026-04 30/30 100.00");
            assertThat(refunds(statement)).containsExactly("RF-202603-111111111111-DEVELOPER PLAN_CHANGE 16/31 14.97 0.00 14.97");
        }
    }

    @Nested
    class Commitment {

        @Test
        void cancellationAfter29DaysOwesOneDay() {
            // Mar 2 – Mar 30 on Developer: L = 29 → round(29 × 1/31) = 0.94; MINIMUM 29 × 29/31 = 27.13
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-03-02 DEVELOPER", "2026-03-31 BASIC").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM DEVELOPER 2026-03 29/31 27.13",
                    "111111111111 COMMITMENT DEVELOPER 2026-03 1/31 0.94");
        }

        @Test
        void cancellationAfter30DaysOwesNothingMoreAndRefundsTheUnusedDay() {
            // Mar 1 – Mar 30: L = 30; round(29 × 30/31) = 28.06 < the 29.00 advance → refund 0.94, no invoice
            PayerStatement statement = payer(SOLO, "DE")
                    .member(SOLO, "0", "2026-03-01 DEVELOPER", "2026-03-31 BASIC")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-03");
            assertThat(statement.invoice()).isEmpty();
            // tax at the payer's rate: 0.94 × 19 % = 0.1786 → 0.18
            assertThat(refunds(statement)).containsExactly("RF-202603-111111111111-DEVELOPER CANCELLATION 1/31 0.94 0.18 1.12");
        }

        @Test
        void aPeriodCrossingMonthsIsSettledWhereItsLastPaidDayFalls() {
            // Mar 25 – Apr 9: L = 16 → 14 days owed of April's 30: round(29 × 14/30) = 13.53;
            // the April advance 29.00 less round(29 × 9/30) = 8.70 is refunded: 20.30
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-03-25 DEVELOPER", "2026-04-10 BASIC")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-04");
            assertThat(lines(statement)).containsExactly("111111111111 COMMITMENT DEVELOPER 2026-04 14/30 13.53");
            assertThat(refunds(statement)).containsExactly("RF-202604-111111111111-DEVELOPER CANCELLATION 21/30 20.30 0.00 20.30");
        }

        @Test
        void planChangesContinueThePeriodAndTheLastPaidPlanPrices() {
            // Developer Mar 10, Business Mar 20, Basic Mar 30: L = 20 → round(100 × 10/31) = 32.26
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-03-10 DEVELOPER", "2026-03-20 BUSINESS", "2026-03-30 BASIC").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM BUSINESS 2026-03 10/31 32.26",
                    "111111111111 MINIMUM DEVELOPER 2026-03 10/31 9.35",
                    "111111111111 COMMITMENT BUSINESS 2026-03 10/31 32.26");
        }

        @Test
        void aGroupThatEndsEarlyOwesTheGroupCommitmentAndItsMemberNone() {
            // the only member is on Enterprise Mar 5 – Mar 14: n = 10 → 15 000 × 10/31 = 4 838.71;
            // L = 10 → round(15 000 × 20/31) = 9 677.42, on the payer's id
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(MEMBER, "0", "2026-03-05 ENTERPRISE", "2026-03-15 BASIC").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM ENTERPRISE 2026-03 10/31 4838.71",
                    "222222222222 COMMITMENT ENTERPRISE 2026-03 20/31 9677.42");
        }

        @Test
        void leavingTheGroupForAnAccountPlanThenBasicEndsBothPeriodsEarly() {
            // D45. Group Enterprise Mar 5 – 14: n = 10 → 4 838.71; L = 10 → round(15 000 × 20/31) = 9 677.42.
            // Account period Mar 5 – 24 (L = 20), last paid plan Developer Mar 15 – 24: MINIMUM 29 × 10/31 = 9.35,
            // COMMITMENT round(29 × 10/31) = 9.35
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(MEMBER, "0", "2026-03-05 ENTERPRISE", "2026-03-15 DEVELOPER", "2026-03-25 BASIC")
                    .billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM ENTERPRISE 2026-03 10/31 4838.71",
                    "222222222222 COMMITMENT ENTERPRISE 2026-03 20/31 9677.42",
                    "222222222223 MINIMUM DEVELOPER 2026-03 10/31 9.35",
                    "222222222223 COMMITMENT DEVELOPER 2026-03 10/31 9.35");
        }

        @Test
        void aGroupMovingFromOnRampToEnterpriseEndsItsOnRampPeriod() {
            // D45. On-Ramp Mar 5 – 14: MINIMUM 5 500 × 10/31 = 1 774.19, COMMITMENT round(5 500 × 20/31) = 3 548.39;
            // Enterprise from Mar 15: n = 17 → 15 000 × 17/31 = 8 225.81, and April in advance
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(MEMBER, "0", "2026-03-05 ENTERPRISE_ON_RAMP", "2026-03-15 ENTERPRISE").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM ENTERPRISE 2026-03 17/31 8225.81",
                    "222222222222 MINIMUM ENTERPRISE_ON_RAMP 2026-03 10/31 1774.19",
                    "222222222222 COMMITMENT ENTERPRISE_ON_RAMP 2026-03 20/31 3548.39",
                    "222222222222 ADVANCE ENTERPRISE 2026-04 30/30 15000.00");
        }

        @Test
        void aMemberLeavingAGroupThatGoesOnOwesNoCommitment() {
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(GROUP_PAYER, "0", "2025-01-01 ENTERPRISE")
                    .member(MEMBER, "0", "2026-03-05 ENTERPRISE", "2026-03-15 BASIC")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-03");
            assertThat(lines(statement)).containsExactly("222222222222 ADVANCE ENTERPRISE 2026-04 30/30 15000.00");
        }
    }

    @Nested
    class Groups {

        @Test
        void aMemberJoiningMidMonthAddsItsBaseForItsOwnDays() {
            // On-Ramp: payer all 31 days on 30 000, member from Mar 11 (21 days) on 62 000:
            // B' = 30 000 + 62 000 × 21/31 = 72 000 → F = 7 200; advance 5 500 covers the minimum
            PayerStatement statement = payer(GROUP_PAYER, "DE")
                    .member(GROUP_PAYER, "30000", "2026-01-01 ENTERPRISE_ON_RAMP")
                    .member(MEMBER, "62000", "2026-03-11 ENTERPRISE_ON_RAMP")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE_ON_RAMP", "5500.00").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 USAGE ENTERPRISE_ON_RAMP 2026-03 31/31 1700.00",
                    "222222222222 ADVANCE ENTERPRISE_ON_RAMP 2026-04 30/30 5500.00");
            Invoice invoice = statement.invoice().orElseThrow();
            assertThat(invoice.tax()).isEqualTo(new BigDecimal("1368.00"));
            assertThat(invoice.total()).isEqualTo(new BigDecimal("8568.00"));
            assertThat(allocations(statement)).containsExactly(
                    "222222222222 30000.00 3000.00",
                    "222222222223 42000.00 4200.00");
        }

        @Test
        void aGroupWithNoBaseIsAllocatedByDays() {
            // n = 31, F = 15 000; days 31 : 10 → 11 341.46… and 3 658.53…; the cent goes to the larger remainder
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(GROUP_PAYER, "0", "2026-01-01 ENTERPRISE")
                    .member(MEMBER, "0", "2026-03-22 ENTERPRISE")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-03");
            assertThat(allocations(statement)).containsExactly(
                    "222222222222 0.00 11341.46",
                    "222222222223 0.00 3658.54");
        }

        @Test
        void everyMemberCancellingRefundsTheGroupAdvanceAsCancellation() {
            // both leave on Mar 16: n = 15 → 15 000 × 15/31 = 7 258.06; refund 7 741.94 + 10 % tax 774.19
            PayerStatement statement = payer(GROUP_PAYER, "KR")
                    .member(GROUP_PAYER, "0", "2025-01-01 ENTERPRISE", "2026-03-16 BASIC")
                    .member(MEMBER, "0", "2025-01-01 ENTERPRISE", "2026-03-16 BASIC")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-03");
            assertThat(lines(statement)).isEmpty();
            assertThat(refunds(statement)).containsExactly(
                    "RF-202603-222222222222-ENTERPRISE CANCELLATION 16/31 7741.94 774.19 8516.13");
        }

        @Test
        void aMemberMovingToAnotherGroupPlanMakesItAPlanChange() {
            // the member moves to On-Ramp on Mar 16: On-Ramp n = 16 → 5 500 × 16/31 = 2 838.71
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(GROUP_PAYER, "0", "2025-01-01 ENTERPRISE", "2026-03-16 BASIC")
                    .member(MEMBER, "0", "2025-01-01 ENTERPRISE", "2026-03-16 ENTERPRISE_ON_RAMP")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM ENTERPRISE_ON_RAMP 2026-03 16/31 2838.71",
                    "222222222222 ADVANCE ENTERPRISE_ON_RAMP 2026-04 30/30 5500.00");
            assertThat(refunds(statement)).containsExactly(
                    "RF-202603-222222222222-ENTERPRISE PLAN_CHANGE 16/31 7741.94 0.00 7741.94");
        }

        @Test
        void anAccountPlanAndAGroupPlanOfOnePayerAreBilledSideBySide() {
            // the payer is on Business (its own subject), the member on Enterprise (the payer's group)
            PayerStatement statement = payer(GROUP_PAYER, "US")
                    .member(GROUP_PAYER, "20000", "2026-01-01 BUSINESS")
                    .member(MEMBER, "200000", "2026-01-01 ENTERPRISE")
                    .advance(GROUP_PAYER, Scope.ACCOUNT, "BUSINESS", "100.00")
                    .advance(GROUP_PAYER, Scope.GROUP, "ENTERPRISE", "15000.00").billIn("2026-03");
            // Business on 20 000: 1 000 + 700 = 1 700 → USAGE 1 600; Enterprise on 200 000: 15 000 + 3 500 → USAGE 3 500
            assertThat(lines(statement)).containsExactly(
                    "222222222222 USAGE BUSINESS 2026-03 31/31 1600.00",
                    "222222222222 USAGE ENTERPRISE 2026-03 31/31 3500.00",
                    "222222222222 ADVANCE BUSINESS 2026-04 30/30 100.00",
                    "222222222222 ADVANCE ENTERPRISE 2026-04 30/30 15000.00");
            assertThat(allocations(statement)).containsExactly("222222222223 200000.00 18500.00");
        }
    }

    @Nested
    class AdvancesAndRevisions {

        @Test
        void aGroupPlanThatOnlyNextMonthsCatalogHasIsBilledInAdvanceAtItsPrice() {
            // R1: a plan added from April; R5: the ADVANCE is priced at April's version; March knows no PRO_GROUP
            Plan proGroup = new Plan(R1Catalog.code("PRO_GROUP"), "Pro Group", new BigDecimal("1000"), Scope.GROUP,
                    R1Catalog.bands("0", "0.02"));
            CatalogVersion march = R1Catalog.version(LocalDate.of(2000, 1, 1), "29");
            List<Plan> withProGroup = new ArrayList<>(march.plans().values());
            withProGroup.add(proGroup);
            Catalog catalog = new Catalog(List.of(march, CatalogVersion.of(LocalDate.of(2026, 4, 1), withProGroup)));
            PayerFixture solo = payer(SOLO, "US").member(SOLO, "0", "2026-01-01 DEVELOPER", "2026-04-01 PRO_GROUP");
            assertThat(lines(solo.billIn("2026-03", catalog, 1))).containsExactly(
                    "111111111111 MINIMUM DEVELOPER 2026-03 31/31 29.00",
                    "111111111111 ADVANCE PRO_GROUP 2026-04 30/30 1000.00");
        }

        @Test
        void aPriceChangeBetweenCatalogVersionsBillsNextMonthsAdvanceAtTheNewPrice() {
            Catalog catalog = new Catalog(List.of(R1Catalog.version(LocalDate.of(2000, 1, 1), "29"),
                    R1Catalog.version(LocalDate.of(2026, 4, 1), "35")));
            PayerFixture solo = payer(SOLO, "US").member(SOLO, "0", "2026-01-01 DEVELOPER");
            assertThat(lines(solo.advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-03", catalog, 1)))
                    .containsExactly("111111111111 ADVANCE DEVELOPER 2026-04 30/30 35.00");
            PayerFixture april = payer(SOLO, "US").member(SOLO, "0", "2026-01-01 DEVELOPER");
            assertThat(lines(april.billIn("2026-04", catalog, 1))).containsExactly(
                    "111111111111 MINIMUM DEVELOPER 2026-04 30/30 35.00",
                    "111111111111 ADVANCE DEVELOPER 2026-05 31/31 35.00");
        }

        @Test
        void anAdvanceForAPlanLeftBeforeTheMonthIsRefundedInFull() {
            // the change to Business on Mar 1 arrived after February's run billed Developer in advance
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-01-01 DEVELOPER", "2026-03-01 BUSINESS")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "111111111111 MINIMUM BUSINESS 2026-03 31/31 100.00",
                    "111111111111 ADVANCE BUSINESS 2026-04 30/30 100.00");
            assertThat(refunds(statement)).containsExactly("RF-202603-111111111111-DEVELOPER PLAN_CHANGE 31/31 29.00 0.00 29.00");
        }

        @Test
        void anAccountRegisteringOnTheFirstOfNextMonthIsBilledInAdvanceOnly() {
            PayerStatement statement = payer(SOLO, "US").member(SOLO, "500", "2026-04-01 BUSINESS").billIn("2026-03");
            assertThat(lines(statement)).containsExactly("111111111111 ADVANCE BUSINESS 2026-04 30/30 100.00");
        }

        @Test
        void aRevisionSuffixesInvoiceIdsButNotRefundIds() {
            PayerStatement statement = payer(SOLO, "US")
                    .member(SOLO, "0", "2026-02-01 DEVELOPER", "2026-03-16 BUSINESS")
                    .advance(SOLO, Scope.ACCOUNT, "DEVELOPER", "29.00").billIn("2026-03", R1Catalog.catalog(), 2);
            assertThat(statement.invoice().orElseThrow().id()).isEqualTo("INV-202603-111111111111-R2");
            assertThat(statement.refunds().get(0).id()).isEqualTo("RF-202603-111111111111-DEVELOPER");
        }
    }

    @Nested
    class InvoicesAndTax {

        @Test
        void aPayerWithNothingToBillGetsNoInvoiceAndNoWarning() {
            PayerStatement statement = payer(SOLO, null).member(SOLO, "1000").billIn("2026-03");
            assertThat(statement.isEmpty()).isTrue();
            assertThat(statement.warnings()).isEmpty();
        }

        @Test
        void aPayerWithoutCountryOrWithAnUnknownOneIsTaxedAtZeroWithAWarning() {
            PayerStatement noCountry = payer(SOLO, "").member(SOLO, "0", "2026-01-01 DEVELOPER").billIn("2026-03");
            assertThat(noCountry.invoice().orElseThrow().tax()).isEqualTo(new BigDecimal("0.00"));
            assertThat(noCountry.warnings()).containsExactly("payer 111111111111 has no country: taxed at 0");
            PayerStatement unknown = payer(SOLO, "zz").member(SOLO, "0", "2026-01-01 DEVELOPER").billIn("2026-03");
            assertThat(unknown.warnings()).containsExactly("country ZZ of payer 111111111111 is not in the tax table: taxed at 0");
        }

        @Test
        void theInvoiceHoldsTheLinesOfEveryAccountOfThePayerInAccountOrder() {
            PayerStatement statement = payer(GROUP_PAYER, "KR")
                    .member(MEMBER, "0", "2026-01-01 DEVELOPER")
                    .member(GROUP_PAYER, "0", "2026-01-01 BUSINESS").billIn("2026-03");
            assertThat(lines(statement)).containsExactly(
                    "222222222222 MINIMUM BUSINESS 2026-03 31/31 100.00",
                    "222222222222 ADVANCE BUSINESS 2026-04 30/30 100.00",
                    "222222222223 MINIMUM DEVELOPER 2026-03 31/31 29.00",
                    "222222222223 ADVANCE DEVELOPER 2026-04 30/30 29.00");
            // subtotal 258.00, tax 25.80
            assertThat(statement.invoice().orElseThrow().total()).isEqualTo(new BigDecimal("283.80"));
        }
    }
}
