package com.supportbilling.core.invoice;

import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.timeline.PaidPeriod;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Bills an account subject's month (R5–R8): the true-up of each ACCOUNT-scope plan it had days on or was
 * billed an advance for (D4), the commitment of its paid periods (R7), and next month's advance.
 */
final class AccountBilling {

    private final BillingMonth month;
    private final PriorAdvances advances;
    private final TrueUp trueUp;
    private final MinimumCommitment commitment;
    private final NextMonthAdvance advance;

    AccountBilling(BillingMonth month, PriorAdvances advances, TrueUp trueUp) {
        this.month = month;
        this.advances = advances;
        this.trueUp = trueUp;
        this.commitment = new MinimumCommitment(month);
        this.advance = new NextMonthAdvance(month);
    }

    StatementPart bill(MemberMonth account) {
        BillingSubject subject = BillingSubject.account(account.account());
        PlanTimeline timeline = account.timeline();
        SortedSet<PlanCode> plansUsed = month.paidPlans(timeline, Scope.ACCOUNT);
        SortedSet<PlanCode> plans = new TreeSet<>(plansUsed);
        plans.addAll(advances.plans(subject)); // D4: settled even with no day on the plan
        RefundReason reason = RefundReason.of(!timeline.planOn(month.lastDay()).isPaid());
        StatementPart part = StatementPart.NONE;
        for (PlanCode plan : plans) {
            long days = timeline.daysOn(plan, month.range());
            PlanFee fee = month.fee(plan, days, account.base().multiply(BigDecimal.valueOf(days)));
            part = part.plus(trueUp.settle(subject, fee, advances.amount(subject, plan), reason));
        }
        for (PaidPeriod period : timeline.paidPeriods()) {
            // D7: the commitment is the account's when its last paid plan is ACCOUNT-scope (a period that
            // ends in the month ends on a plan used in it), else its group's
            if (plansUsed.contains(period.lastPlan())) {
                part = part.with(commitment.line(subject, period));
            }
        }
        return part.with(advance.line(subject, timeline.planOn(month.nextFirstDay())));
    }
}
