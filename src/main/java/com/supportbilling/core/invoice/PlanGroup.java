package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.timeline.DayRange;
import com.supportbilling.core.timeline.PaidPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A group (R6): a payer's accounts on one GROUP-scope plan, for the month. Its n counts the days on which
 * at least one member is on the plan, and its base sums each member's base × own days (B' = that ÷ D).
 *
 * @param members the accounts with days on the plan in the month, by id
 * @param ranges every stretch of days on which a member is on the plan, merged: the group's paid periods
 * @param refundReason why an advance above the group's minimum is refunded (R8, D5)
 * @param onPlanNextMonth whether a member is on the plan on next month's first day (R5)
 */
record PlanGroup(AccountId payer, PlanCode plan, List<Member> members, List<DayRange> ranges, long days,
        RefundReason refundReason, boolean onPlanNextMonth) {

    PlanGroup {
        members = List.copyOf(members);
        ranges = List.copyOf(ranges);
    }

    static PlanGroup of(BillingMonth month, PayerMonth payer, PlanCode plan) {
        List<MemberMonth> accounts = payer.members().stream()
                .sorted(Comparator.comparing(MemberMonth::account)).toList();
        List<Member> members = accounts.stream()
                .map(account -> Member.of(account, account.timeline().daysOn(plan, month.range())))
                .filter(member -> member.days() > 0).toList();
        List<DayRange> ranges = DayRange.union(accounts.stream()
                .flatMap(account -> account.timeline().rangesOn(plan).stream()).toList());
        long days = ranges.stream().mapToLong(range -> range.daysWithin(month.range())).sum();
        boolean onPlanNextMonth = accounts.stream()
                .anyMatch(account -> account.timeline().planOn(month.nextFirstDay()).equals(plan));
        return new PlanGroup(payer.payer(), plan, members, ranges, days, refundReason(month, accounts, plan, members),
                onPlanNextMonth);
    }

    /**
     * R8: CANCELLATION when every member that was on the plan during the month is on BASIC on its last
     * day. When none was, the accounts that paid the advance (on the plan the day before) decide (D5).
     */
    private static RefundReason refundReason(BillingMonth month, List<MemberMonth> accounts, PlanCode plan,
            List<Member> members) {
        LocalDate dayBefore = month.month().atDay(1).minusDays(1);
        Set<AccountId> onPlan = members.stream().map(Member::account).collect(Collectors.toSet());
        boolean allOnBasic = accounts.stream()
                .filter(account -> onPlan.isEmpty()
                        ? account.timeline().planOn(dayBefore).equals(plan)
                        : onPlan.contains(account.account()))
                .allMatch(account -> !account.timeline().planOn(month.lastDay()).isPaid());
        return RefundReason.of(allOnBasic);
    }

    /** B' × D: Σ base × own days over the members. */
    BigDecimal baseDays() {
        return members.stream().map(Member::baseDays).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The group's paid periods on the plan (R7, D45). */
    List<PaidPeriod> periods() {
        return ranges.stream().map(range -> new PaidPeriod(range, plan)).toList();
    }

    /** A member's days on the plan in the month, and its base × those days. */
    record Member(AccountId account, long days, BigDecimal baseDays) {

        static Member of(MemberMonth account, long days) {
            return new Member(account.account(), days, account.base().multiply(BigDecimal.valueOf(days)));
        }
    }
}
