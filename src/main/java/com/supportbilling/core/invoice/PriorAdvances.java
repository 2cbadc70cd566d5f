package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R5: what the month before billed a payer's subjects in advance for this month, by subject and plan;
 * two advances of one subject and plan add up.
 */
final class PriorAdvances {

    private final Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject;

    private PriorAdvances(Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject) {
        this.bySubject = bySubject;
    }

    static PriorAdvances of(List<PriorAdvance> advances) {
        Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject = new HashMap<>();
        for (PriorAdvance advance : advances) {
            bySubject.computeIfAbsent(new BillingSubject(advance.subject(), advance.scope()), key -> new TreeMap<>())
                    .merge(advance.plan(), advance.amount(), BigDecimal::add);
        }
        bySubject.replaceAll((subject, plans) -> Collections.unmodifiableSortedMap(plans));
        return new PriorAdvances(Map.copyOf(bySubject));
    }

    /** What was billed in advance for the subject on the plan; 0.00 when nothing was. */
    BigDecimal amount(BillingSubject subject, PlanCode plan) {
        return bySubject.getOrDefault(subject, Collections.emptySortedMap()).getOrDefault(plan, Money.ZERO);
    }

    /** The plans the subject was billed an advance for, by code. */
    SortedSet<PlanCode> plans(BillingSubject subject) {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(bySubject.getOrDefault(subject, Collections.emptySortedMap()).keySet()));
    }

    /** The accounts billed an advance as account subjects, by id. */
    SortedSet<AccountId> accounts() {
        SortedSet<AccountId> accounts = new TreeSet<>();
        bySubject.keySet().stream().filter(subject -> subject.scope() == Scope.ACCOUNT)
                .forEach(subject -> accounts.add(subject.id()));
        return Collections.unmodifiableSortedSet(accounts);
    }
}
