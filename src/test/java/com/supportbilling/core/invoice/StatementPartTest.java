package com.supportbilling.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parts of a statement add up in the order they were billed, which refunds and allocations keep (R8). */
class StatementPartTest {

    private static final AccountId PAYER = new AccountId("222222222222");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void partsAddUpInOrderAndANoneLineAddsNothing() {
        StatementPart first = StatementPart.NONE.with(line("1.00")).with(refund("DEVELOPER"))
                .withAllocations(List.of(allocation("1.00")));
        StatementPart second = StatementPart.NONE.with(Optional.of(line("2.00"))).with(Optional.empty())
                .with(refund("BUSINESS")).withAllocations(List.of(allocation("2.00")));
        StatementPart sum = first.plus(second);
        assertThat(StatementPart.sum(List.of(first, StatementPart.NONE, second))).isEqualTo(sum);
        assertThat(sum.lines()).extracting(InvoiceLine::amount).containsExactly(new BigDecimal("1.00"),
                new BigDecimal("2.00"));
        assertThat(sum.refunds()).extracting(refund -> refund.plan().value()).containsExactly("DEVELOPER", "BUSINESS");
        assertThat(sum.allocations()).extracting(Allocation::amount).containsExactly(new BigDecimal("1.00"),
                new BigDecimal("2.00"));
        assertThat(first.lines()).hasSize(1);
        assertThat(StatementPart.NONE.plus(StatementPart.NONE)).isEqualTo(StatementPart.NONE);
    }

    private static InvoiceLine line(String amount) {
        return new InvoiceLine(PAYER, Scope.ACCOUNT, LineType.MINIMUM, R1Catalog.code("BUSINESS"), MARCH, 31, 31, null,
                new BigDecimal(amount), "");
    }

    private static Refund refund(String plan) {
        return new Refund("RF", MARCH, PAYER, PAYER, R1Catalog.code(plan), RefundReason.CANCELLATION, 1, 31,
                BigDecimal.ONE, TaxRate.NONE);
    }

    private static Allocation allocation(String amount) {
        return new Allocation(MARCH, PAYER, R1Catalog.code("ENTERPRISE"), PAYER, BigDecimal.ZERO, new BigDecimal(amount));
    }
}
