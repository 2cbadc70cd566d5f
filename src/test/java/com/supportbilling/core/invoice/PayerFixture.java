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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a payer's month for the billing tests, and renders what they bill as short text rows. */
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

    /** An account with its base and its events as "date plan", e.g. "2026-02-11 BUSINESS". */
    static MemberMonth account(String account, String base, String... events) {
        AccountId id = new AccountId(account);
        List<PlanEvent> list = new ArrayList<>();
        for (String event : events) {
            String[] parts = event.strip().split(" ");
            list.add(new PlanEvent(id, LocalDate.parse(parts[0]), new PlanCode(parts[1])));
        }
        return new MemberMonth(id, PlanTimeline.of(list), new BigDecimal(base));
    }

    /** An account described as "base, date plan, date plan…", e.g. "8400, 2026-02-11 BUSINESS". */
    static MemberMonth described(String account, String description) {
        String[] parts = description.split(",");
        return account(account, parts[0].strip(), Arrays.copyOfRange(parts, 1, parts.length));
    }

    PayerFixture member(String account, String base, String... events) {
        members.add(account(account, base, events));
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
        return new PayerBilling(BillingMonths.of(month, catalog, revision)).bill(build());
    }

    /** A table cell of rows separated by ";": none when the cell is empty. */
    static List<String> rows(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).toList();
    }

    /** "account TYPE PLAN service-month days/D amount", in invoice order. */
    static List<String> lines(PayerStatement statement) {
        return statement.invoice().map(invoice -> lines(invoice.lines())).orElse(List.of());
    }

    static List<String> lines(List<InvoiceLine> lines) {
        return lines.stream().map(line -> String.join(" ", line.account().value(), line.type().name(),
                line.plan().value(), line.serviceMonth().toString(), line.days() + "/" + line.daysInMonth(),
                line.amount().toPlainString())).toList();
    }

    /** "id REASON unused/D amount tax total". */
    static List<String> refunds(PayerStatement statement) {
        return refunds(statement.refunds());
    }

    static List<String> refunds(List<Refund> refunds) {
        return refunds.stream().map(refund -> String.join(" ", refund.id(), refund.reason().name(),
                refund.unusedDays() + "/" + refund.daysInMonth(), refund.amount().toPlainString(),
                refund.tax().toPlainString(), refund.total().toPlainString())).toList();
    }

    /** "account prorated-base amount". */
    static List<String> allocations(PayerStatement statement) {
        return allocations(statement.allocations());
    }

    static List<String> allocations(List<Allocation> allocations) {
        return allocations.stream().map(allocation -> String.join(" ", allocation.account().value(),
                allocation.proratedBase().toPlainString(), allocation.amount().toPlainString())).toList();
    }
}
