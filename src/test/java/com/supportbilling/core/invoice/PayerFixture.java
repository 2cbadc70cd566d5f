package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Catalog;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.R1Catalog;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.timeline.PlanEvent;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a payer's month for PayerBilling tests, and renders statements as short text rows. */
final class PayerFixture {

    private final AccountId payer;
    private final String country;
    private final List<MemberMonth> members = new ArrayList<>();
    private final List<PriorAdvance> advances = new ArrayList<>();

    private PayerFixture(String payer, String country) {
        this.payer = new AccountId(payer);
        this.country = country;
    }

    static PayerFixture payer(String payer, String country) {
        return new PayerFixture(payer, country);
    }

    /** A member with its base and its events as "date plan", e.g. "2026-02-11 BUSINESS". */
    PayerFixture member(String account, String base, String... events) {
        AccountId id = new AccountId(account);
        List<PlanEvent> list = new ArrayList<>();
        for (String event : events) {
            String[] parts = event.split(" ");
            list.add(new PlanEvent(id, LocalDate.parse(parts[0]), new PlanCode(parts[1])));
        }
        members.add(new MemberMonth(id, PlanTimeline.of(list), new BigDecimal(base)));
        return this;
    }

    PayerFixture advance(String subject, Scope scope, String plan, String amount) {
        advances.add(new PriorAdvance(new AccountId(subject), scope, new PlanCode(plan), new BigDecimal(amount)));
        return this;
    }

    PayerMonth build() {
        return new PayerMonth(payer, country, members, advances);
    }

    PayerStatement billIn(String month) {
        return billIn(month, R1Catalog.catalog(), 1);
    }

    PayerStatement billIn(String month, Catalog catalog, int revision) {
        YearMonth m = YearMonth.parse(month);
        TaxTable taxes = new TaxTable(Map.of("US", BigDecimal.ZERO, "KR", new BigDecimal("0.10"),
                "DE", new BigDecimal("0.19")));
        BillingMonth billingMonth = new BillingMonth(m, new DocumentIds(m, revision), catalog.inForce(m),
                catalog.inForce(m.plusMonths(1)), taxes);
        return new PayerBilling(billingMonth).bill(build());
    }

    /** "account TYPE PLAN service-month days/D amount", in invoice order. */
    static List<String> lines(PayerStatement statement) {
        return statement.invoice().map(invoice -> invoice.lines().stream()
                .map(line -> String.join(" ", line.account().value(), line.type().name(), line.plan().value(),
                        line.serviceMonth().toString(), line.days() + "/" + line.daysInMonth(), line.amount().toPlainString()))
                .toList()).orElse(List.of());
    }

    /** "id REASON unused/D amount tax total". */
    static List<String> refunds(PayerStatement statement) {
        return statement.refunds().stream().map(refund -> String.join(" ", refund.id(), refund.reason().name(),
                refund.unusedDays() + "/" + refund.daysInMonth(), refund.amount().toPlainString(),
                refund.tax().toPlainString(), refund.total().toPlainString())).toList();
    }

    /** "account prorated-base amount". */
    static List<String> allocations(PayerStatement statement) {
        return statement.allocations().stream().map(allocation -> String.join(" ", allocation.account().value(),
                allocation.proratedBase().toPlainString(), allocation.amount().toPlainString()))
                .collect(Collectors.toList());
    }
}
