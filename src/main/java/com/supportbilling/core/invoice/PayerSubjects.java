package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** R6: the subjects a payer's invoice bills, its accounts and its groups. */
final class PayerSubjects {

    private PayerSubjects() {
    }

    /**
     * The payer's accounts, by id, and any account it settles an advance of that accounts.csv no longer
     * lists (D6): on BASIC with no base, so that the advance is refunded in full (D4).
     */
    static List<MemberMonth> accounts(PayerMonth payer, PriorAdvances advances) {
        Map<AccountId, MemberMonth> subjects = new TreeMap<>();
        payer.members().forEach(member -> subjects.put(member.account(), member));
        for (AccountId account : advances.accounts()) {
            subjects.putIfAbsent(account, new MemberMonth(account, PlanTimeline.alwaysBasic(), BigDecimal.ZERO));
        }
        return List.copyOf(subjects.values());
    }

    /**
     * The payer's groups, by plan: one per GROUP-scope plan a member is on this month or on next month's
     * first day (R5), or the group was billed an advance for.
     */
    static List<PlanGroup> groups(BillingMonth month, PayerMonth payer, PriorAdvances advances) {
        SortedSet<PlanCode> plans = new TreeSet<>();
        for (MemberMonth member : payer.members()) {
            plans.addAll(month.paidPlans(member.timeline(), Scope.GROUP));
            PlanCode next = member.timeline().planOn(month.nextFirstDay());
            if (next.isPaid() && month.nextCatalog().plan(next).scope() == Scope.GROUP) {
                plans.add(next);
            }
        }
        plans.addAll(advances.plans(BillingSubject.group(payer.payer())));
        return plans.stream().map(plan -> PlanGroup.of(month, payer, plan)).toList();
    }
}
