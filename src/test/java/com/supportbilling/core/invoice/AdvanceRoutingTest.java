package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.Account;
import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D6: an account's advance goes to its payer now, or, when no longer listed, to the payer that paid it. */
class AdvanceRoutingTest {

    private static final AccountId STAYED = new AccountId("000000000001");
    private static final AccountId MOVED = new AccountId("000000000002");
    private static final AccountId OLD_PAYER = new AccountId("000000000010");
    private static final AccountId NEW_PAYER = new AccountId("000000000020");

    /** accounts.csv this month: one account still with its payer, one moved to another payer. */
    private static final Map<AccountId, Account> ACCOUNTS = Map.of(
            STAYED, new Account(STAYED, "stayed", OLD_PAYER, "US"),
            MOVED, new Account(MOVED, "moved", NEW_PAYER, "US"),
            OLD_PAYER, new Account(OLD_PAYER, "old payer", OLD_PAYER, "US"),
            NEW_PAYER, new Account(NEW_PAYER, "new payer", NEW_PAYER, "US"));

    @ParameterizedTest(name = "{1} advance of {0} paid by {2} → settled by {3}")
    @CsvSource(delimiter = '|', value = {
            "000000000001 | ACCOUNT | 000000000010 | 000000000010",
            // the account changed payer: its payer now
            "000000000002 | ACCOUNT | 000000000010 | 000000000020",
            // the account is no longer listed: the payer that paid it
            "000000000003 | ACCOUNT | 000000000010 | 000000000010",
            // a group's advance is its payer's, the subject of the group's lines
            "000000000010 | GROUP | 000000000010 | 000000000010",
            "000000000030 | GROUP | 000000000030 | 000000000030"})
    void theAdvanceIsSettledByThePayerOfItsSubject(String subject, Scope scope, String paidBy, String settledBy) {
        RecordedAdvance recorded = recorded(paidBy, subject, scope, "DEVELOPER");
        assertThat(new AdvanceRouting(ACCOUNTS).payerOf(recorded)).isEqualTo(new AccountId(settledBy));
    }

    @Test
    void eachPayerGetsTheAdvancesItSettlesInTheOrderRecorded() {
        RecordedAdvance moved = recorded("000000000010", "000000000002", Scope.ACCOUNT, "BUSINESS");
        RecordedAdvance stayed = recorded("000000000010", "000000000001", Scope.ACCOUNT, "DEVELOPER");
        RecordedAdvance group = recorded("000000000010", "000000000010", Scope.GROUP, "ENTERPRISE");
        Map<AccountId, List<PriorAdvance>> byPayer = new AdvanceRouting(ACCOUNTS).byPayer(List.of(moved, stayed, group));
        assertThat(byPayer).containsOnlyKeys(OLD_PAYER, NEW_PAYER);
        assertThat(byPayer.keySet()).containsExactly(OLD_PAYER, NEW_PAYER);
        assertThat(byPayer.get(OLD_PAYER)).containsExactly(stayed.advance(), group.advance());
        assertThat(byPayer.get(NEW_PAYER)).containsExactly(moved.advance());
    }

    private static RecordedAdvance recorded(String payer, String subject, Scope scope, String plan) {
        return new RecordedAdvance(new AccountId(payer), new PriorAdvance(new AccountId(subject), scope, new PlanCode(plan),
                new BigDecimal("29.00")));
    }
}
