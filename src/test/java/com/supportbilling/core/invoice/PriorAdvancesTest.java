package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R5: what was billed in advance for the month, looked up by subject (account or group) and plan. */
class PriorAdvancesTest {

    private static final AccountId PAYER = new AccountId("222222222222");
    private static final AccountId MEMBER = new AccountId("222222222223");

    /** The payer is an account on BUSINESS and the payer of an ENTERPRISE group; its member was on DEVELOPER. */
    private static final List<PriorAdvance> RECORDED = List.of(
            advance(PAYER, Scope.ACCOUNT, "BUSINESS", "100.00"),
            advance(PAYER, Scope.GROUP, "ENTERPRISE", "15000.00"),
            advance(MEMBER, Scope.ACCOUNT, "DEVELOPER", "29.00"),
            advance(MEMBER, Scope.ACCOUNT, "DEVELOPER", "29.00"));

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "222222222222 | ACCOUNT | BUSINESS | 100.00",
            "222222222222 | GROUP | ENTERPRISE | 15000.00",
            // one id, two subjects: the account's advance is not the group's
            "222222222222 | GROUP | BUSINESS | 0.00",
            "222222222222 | ACCOUNT | ENTERPRISE | 0.00",
            // two advances of one subject and plan add up
            "222222222223 | ACCOUNT | DEVELOPER | 58.00",
            // nothing billed in advance: 0.00
            "222222222223 | ACCOUNT | BUSINESS | 0.00",
            "111111111111 | ACCOUNT | DEVELOPER | 0.00"})
    void theAdvanceOfASubjectAndPlan(String subject, Scope scope, String plan, String amount) {
        assertThat(PriorAdvances.of(RECORDED).amount(new BillingSubject(new AccountId(subject), scope),
                R1Catalog.code(plan))).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void thePlansOfASubjectAndTheAccountsBilledInAdvance() {
        PriorAdvances advances = PriorAdvances.of(RECORDED);
        assertThat(advances.plans(BillingSubject.account(PAYER))).containsExactly(new PlanCode("BUSINESS"));
        assertThat(advances.plans(BillingSubject.group(PAYER))).containsExactly(new PlanCode("ENTERPRISE"));
        assertThat(advances.plans(BillingSubject.group(MEMBER))).isEmpty();
        assertThat(advances.accounts()).containsExactly(PAYER, MEMBER);
    }

    @Test
    void theLookupDoesNotChangeWithTheListItWasBuiltFrom() {
        List<PriorAdvance> recorded = new ArrayList<>(RECORDED);
        PriorAdvances advances = PriorAdvances.of(recorded);
        recorded.add(advance(PAYER, Scope.ACCOUNT, "DEVELOPER", "29.00"));
        assertThat(advances.plans(BillingSubject.account(PAYER))).containsExactly(new PlanCode("BUSINESS"));
    }

    private static PriorAdvance advance(AccountId subject, Scope scope, String plan, String amount) {
        return new PriorAdvance(subject, scope, new PlanCode(plan), new BigDecimal(amount));
    }
}
