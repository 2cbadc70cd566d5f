package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * R5: what the month before billed a payer's subjects in advance for this month, by subject and plan;
 * two advances of one subject and plan add up. Indexed by subject: a payer may have thousands.
 */
final class PriorAdvances {

    private final Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject;

    private PriorAdvances(Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject) {
        this.bySubject = bySubject;
    }

    static PriorAdvances of(List<PriorAdvance> advances) {
        Map<BillingSubject, SortedMap<PlanCode, BigDecimal>> bySubject = new HashMap<>();
        for (PriorAdvance advance : advances) {
            bySubject.computeIfAbsent(new BillingSubject(advance.subject(), advance.scope()), subject -> new TreeMap<>())
                    .merge(advance.plan(), advance.amount(), BigDecimal::add);
        }
        return new PriorAdvances(bySubject);
    }

    /** What was billed in advance for the subject on the plan; 0.00 when nothing was. */
    BigDecimal amount(BillingSubject subject, PlanCode plan) {
        SortedMap<PlanCode, BigDecimal> amounts = bySubject.get(subject);
        return amounts == null ? Money.ZERO : amounts.getOrDefault(plan, Money.ZERO);
    }

    /** The plans the subject was billed an advance for, by code. */
    SortedSet<PlanCode> plans(BillingSubject subject) {
        SortedMap<PlanCode, BigDecimal> amounts = bySubject.get(subject);
        return amounts == null ? new TreeSet<>() : new TreeSet<>(amounts.keySet());
    }

    /** The accounts billed an advance as account subjects, by id. */
    SortedSet<AccountId> accounts() {
        SortedSet<AccountId> accounts = new TreeSet<>();
        bySubject.keySet().stream().filter(subject -> subject.scope() == Scope.ACCOUNT)
                .forEach(subject -> accounts.add(subject.id()));
        return accounts;
    }
}
