package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.Plan;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.money.Money;
import com.supportbilling.core.timeline.DayRange;
import com.supportbilling.core.timeline.PaidPeriod;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Bills one payer's month (R4–R8): per subject and plan the MINIMUM less the advance, the USAGE
 * fee, a COMMITMENT for a paid period that ended early, the ADVANCE for next month, refunds of
 * unused advance, the allocation of group fees, and one invoice with its tax.
 */
public final class PayerBilling {

    private final BillingMonth month;

    public PayerBilling(BillingMonth month) {
        this.month = month;
    }

    public PayerStatement bill(PayerMonth payer) {
        Statement statement = new Statement(payer);
        for (MemberMonth account : accountSubjects(payer)) {
            billAccount(account, statement);
        }
        for (PlanCode plan : groupPlans(payer)) {
            billGroup(payer, plan, statement);
        }
        return statement.finish();
    }

    /** The payer's accounts, and any account an advance was recorded for that is no longer listed. */
    private List<MemberMonth> accountSubjects(PayerMonth payer) {
        Map<AccountId, MemberMonth> subjects = new TreeMap<>();
        payer.members().forEach(member -> subjects.put(member.account(), member));
        for (PriorAdvance advance : payer.priorAdvances()) {
            if (advance.scope() == Scope.ACCOUNT) {
                subjects.putIfAbsent(advance.subject(),
                        new MemberMonth(advance.subject(), PlanTimeline.alwaysBasic(), BigDecimal.ZERO));
            }
        }
        return List.copyOf(subjects.values());
    }

    private void billAccount(MemberMonth account, Statement statement) {
        PlanTimeline timeline = account.timeline();
        Set<PlanCode> plans = new TreeSet<>();
        for (PlanCode plan : timeline.paidPlansWithin(month.range())) {
            if (scopeThisMonth(plan) == Scope.ACCOUNT) {
                plans.add(plan);
            }
        }
        plans.addAll(statement.advancedPlans(account.account(), Scope.ACCOUNT));
        RefundReason reason = timeline.planOn(month.lastDay()).isPaid() ? RefundReason.PLAN_CHANGE
                : RefundReason.CANCELLATION;
        for (PlanCode plan : plans) {
            long days = timeline.daysOn(plan, month.range());
            BigDecimal baseDays = account.base().multiply(BigDecimal.valueOf(days));
            settle(statement, account.account(), Scope.ACCOUNT, plan, days, baseDays, reason);
        }
        for (PaidPeriod period : timeline.paidPeriods()) {
            // R7: an account whose last paid plan is GROUP-scope leaves the commitment to its group
            if (period.endsIn(month.month()) && scopeThisMonth(period.lastPlan()) == Scope.ACCOUNT) {
                commitment(statement, account.account(), Scope.ACCOUNT, period);
            }
        }
        PlanCode next = timeline.planOn(month.next().atDay(1));
        if (next.isPaid() && month.nextCatalog().plan(next).scope() == Scope.ACCOUNT) {
            advance(statement, account.account(), Scope.ACCOUNT, next);
        }
    }

    /** The GROUP-scope plans the payer's accounts are on this month or next, or were billed in advance. */
    private Set<PlanCode> groupPlans(PayerMonth payer) {
        Set<PlanCode> plans = new TreeSet<>();
        LocalDate nextFirstDay = month.next().atDay(1);
        for (MemberMonth member : payer.members()) {
            for (PlanCode plan : member.timeline().paidPlansWithin(month.range())) {
                if (scopeThisMonth(plan) == Scope.GROUP) {
                    plans.add(plan);
                }
            }
            PlanCode next = member.timeline().planOn(nextFirstDay);
            if (next.isPaid() && month.nextCatalog().plan(next).scope() == Scope.GROUP) {
                plans.add(next);
            }
        }
        for (PriorAdvance advance : payer.priorAdvances()) {
            if (advance.scope() == Scope.GROUP && advance.subject().equals(payer.payer())) {
                plans.add(advance.plan());
            }
        }
        return plans;
    }

    /**
     * R6: a group is the payer's accounts on one GROUP-scope plan. Its n counts the days on which at
     * least one member is on the plan, its B' sums every member's base × own days ÷ D, and its lines
     * carry the payer's id.
     */
    private void billGroup(PayerMonth payer, PlanCode plan, Statement statement) {
        List<DayRange> memberRanges = new ArrayList<>();
        Map<AccountId, Long> memberDays = new TreeMap<>();
        Map<AccountId, BigDecimal> memberBaseDays = new TreeMap<>();
        for (MemberMonth member : payer.members()) {
            memberRanges.addAll(member.timeline().rangesOn(plan));
            long days = member.timeline().daysOn(plan, month.range());
            if (days > 0) {
                memberDays.put(member.account(), days);
                memberBaseDays.put(member.account(), member.base().multiply(BigDecimal.valueOf(days)));
            }
        }
        List<DayRange> groupRanges = DayRange.union(memberRanges);
        long groupDays = groupRanges.stream().mapToLong(range -> range.daysWithin(month.range())).sum();
        BigDecimal baseDays = memberBaseDays.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        RefundReason reason = groupRefundReason(payer, plan, memberDays.keySet());

        PlanFee fee = settle(statement, payer.payer(), Scope.GROUP, plan, groupDays, baseDays, reason);
        statement.allocations.addAll(allocate(payer.payer(), plan, fee.roundedFee(), memberDays, memberBaseDays));
        for (DayRange range : groupRanges) {
            PaidPeriod period = new PaidPeriod(range, plan);
            if (period.endsIn(month.month())) {
                commitment(statement, payer.payer(), Scope.GROUP, period);
            }
        }
        LocalDate nextFirstDay = month.next().atDay(1);
        boolean onPlanNextMonth = payer.members().stream()
                .anyMatch(member -> member.timeline().planOn(nextFirstDay).equals(plan));
        if (onPlanNextMonth && month.nextCatalog().plan(plan).scope() == Scope.GROUP) {
            advance(statement, payer.payer(), Scope.GROUP, plan);
        }
    }

    /**
     * R8: CANCELLATION when every member that was on the plan during the month is on BASIC on its last
     * day. When none was, the members that paid the advance (on the plan the day before) decide.
     */
    private RefundReason groupRefundReason(PayerMonth payer, PlanCode plan, Set<AccountId> membersOnPlan) {
        LocalDate dayBefore = month.month().atDay(1).minusDays(1);
        List<MemberMonth> deciding = payer.members().stream()
                .filter(member -> membersOnPlan.isEmpty()
                        ? member.timeline().planOn(dayBefore).equals(plan)
                        : membersOnPlan.contains(member.account()))
                .toList();
        boolean allOnBasic = deciding.stream()
                .allMatch(member -> !member.timeline().planOn(month.lastDay()).isPaid());
        return allOnBasic ? RefundReason.CANCELLATION : RefundReason.PLAN_CHANGE;
    }

    /**
     * R5 and R8 for one subject and plan: MINIMUM = round(m) less the advance billed for it, when above
     * zero; the advance above round(m) is refunded; USAGE = round(F) − round(m), when above zero.
     */
    private PlanFee settle(Statement statement, AccountId subject, Scope scope, PlanCode code, long days,
            BigDecimal baseDays, RefundReason reason) {
        Plan plan = month.catalog().plan(code);
        PlanFee fee = new PlanFee(plan, days, month.days(), baseDays);
        BigDecimal advance = statement.priorAdvance(subject, scope, code);
        BigDecimal minimum = fee.roundedMinimum();
        BigDecimal minimumDue = minimum.subtract(advance);
        if (minimumDue.signum() > 0) {
            statement.lines.add(new InvoiceLine(subject, scope, LineType.MINIMUM, code, month.month(), days, month.days(),
                    null, minimumDue, String.format("%s minimum for %d of %d days (%s) less %s billed in advance",
                            plan.name(), days, month.days(), Money.format(minimum), Money.format(advance))));
        } else if (minimumDue.signum() < 0) {
            statement.refunds.add(new Refund(month.ids().refundId(subject, code), month.month(), statement.payer,
                    subject, code, reason, month.days() - days, month.days(), minimumDue.negate(), statement.taxRate));
        }
        BigDecimal usage = fee.usageCharge();
        if (usage.signum() > 0) {
            statement.lines.add(new InvoiceLine(subject, scope, LineType.USAGE, code, month.month(), days, month.days(),
                    fee.proratedBase(), usage, String.format("%s fee %s on prorated base %s for %d of %d days, less minimum %s",
                            plan.name(), Money.format(fee.roundedFee()), Money.format(fee.proratedBase()), days,
                            month.days(), Money.format(minimum))));
        }
        return fee;
    }

    private void commitment(Statement statement, AccountId subject, Scope scope, PaidPeriod period) {
        Optional<Long> owed = MinimumCommitment.daysOwed(period);
        if (owed.isEmpty()) {
            return;
        }
        Plan plan = month.catalog().plan(period.lastPlan());
        BigDecimal amount = MinimumCommitment.charge(plan, owed.get(), month.days());
        statement.lines.add(new InvoiceLine(subject, scope, LineType.COMMITMENT, plan.code(), month.month(), owed.get(),
                month.days(), null, amount, String.format(
                        "%s 30-day minimum commitment: paid %d days from %s to %s, %d days owed",
                        plan.name(), period.length(), period.days().start(), period.days().lastDay(), owed.get())));
    }

    private void advance(Statement statement, AccountId subject, Scope scope, PlanCode code) {
        Plan plan = month.nextCatalog().plan(code);
        int nextDays = month.next().lengthOfMonth();
        statement.lines.add(new InvoiceLine(subject, scope, LineType.ADVANCE, code, month.next(), nextDays, nextDays, null,
                Money.round(plan.minimum()), String.format("%s minimum for %s, billed in advance", plan.name(),
                        month.next())));
    }

    /** R6: the group fee split by prorated base (by days when the group's base is 0), to the cent. */
    private List<Allocation> allocate(AccountId payer, PlanCode plan, BigDecimal groupFee, Map<AccountId, Long> days,
            Map<AccountId, BigDecimal> baseDays) {
        if (groupFee.signum() == 0 || days.isEmpty()) {
            return List.of();
        }
        TreeMap<AccountId, BigDecimal> weights = new TreeMap<>();
        baseDays.forEach((account, weight) -> weights.put(account, weight.max(BigDecimal.ZERO)));
        if (weights.values().stream().allMatch(weight -> weight.signum() == 0)) {
            days.forEach((account, n) -> weights.put(account, BigDecimal.valueOf(n)));
        }
        Map<AccountId, BigDecimal> parts = LargestRemainder.split(groupFee, weights);
        List<Allocation> allocations = new ArrayList<>();
        parts.forEach((account, amount) -> allocations.add(new Allocation(month.month(), payer, plan, account,
                Money.divideToCents(baseDays.get(account), month.days()), amount)));
        return allocations;
    }

    private Scope scopeThisMonth(PlanCode plan) {
        return month.catalog().plan(plan).scope();
    }

    /** The statement of one payer while it is being built. */
    private final class Statement {
        private final AccountId payer;
        private final TaxRate taxRate;
        private final String taxWarning;
        private final Map<AdvanceKey, BigDecimal> priorAdvances = new LinkedHashMap<>();
        private final List<InvoiceLine> lines = new ArrayList<>();
        private final List<Refund> refunds = new ArrayList<>();
        private final List<Allocation> allocations = new ArrayList<>();

        Statement(PayerMonth payerMonth) {
            this.payer = payerMonth.payer();
            String country = payerMonth.country();
            Optional<TaxRate> rate = month.taxes().rateFor(country);
            this.taxRate = rate.orElse(new TaxRate(country == null ? "" : TaxTable.normalize(country), BigDecimal.ZERO));
            if (rate.isPresent()) {
                this.taxWarning = null;
            } else if (country == null || country.isBlank()) {
                this.taxWarning = "payer " + payer + " has no country: taxed at 0";
            } else {
                this.taxWarning = "country " + taxRate.country() + " of payer " + payer + " is not in the tax table: taxed at 0";
            }
            for (PriorAdvance advance : payerMonth.priorAdvances()) {
                priorAdvances.merge(new AdvanceKey(advance.subject(), advance.scope(), advance.plan()), advance.amount(),
                        BigDecimal::add);
            }
        }

        BigDecimal priorAdvance(AccountId subject, Scope scope, PlanCode plan) {
            return priorAdvances.getOrDefault(new AdvanceKey(subject, scope, plan), Money.ZERO);
        }

        Set<PlanCode> advancedPlans(AccountId subject, Scope scope) {
            Set<PlanCode> plans = new TreeSet<>();
            priorAdvances.keySet().stream().filter(key -> key.subject().equals(subject) && key.scope() == scope)
                    .forEach(key -> plans.add(key.plan()));
            return plans;
        }

        PayerStatement finish() {
            lines.sort(InvoiceLine.INVOICE_ORDER);
            Optional<Invoice> invoice = lines.isEmpty() ? Optional.empty()
                    : Optional.of(new Invoice(month.ids().invoiceId(payer), month.month(), payer, lines, taxRate));
            List<String> warnings = taxWarning != null && (invoice.isPresent() || !refunds.isEmpty())
                    ? List.of(taxWarning) : List.of();
            return new PayerStatement(payer, invoice, refunds, allocations, warnings);
        }
    }

    private record AdvanceKey(AccountId subject, Scope scope, PlanCode plan) {
    }
}
