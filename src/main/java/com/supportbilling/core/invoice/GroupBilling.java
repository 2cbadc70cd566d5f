package com.supportbilling.core.invoice;

import com.supportbilling.core.fee.PlanFee;
import com.supportbilling.core.timeline.PaidPeriod;

/**
 * Bills a group subject's month (R6): the true-up of its plan on the group's n and B', the allocation of
 * its fee to the members, the commitment of its paid periods (R7, D45), and next month's advance when a
 * member is on the plan on next month's first day (R5).
 */
final class GroupBilling {

    private final BillingMonth month;
    private final PriorAdvances advances;
    private final TrueUp trueUp;
    private final GroupAllocation allocation;
    private final MinimumCommitment commitment;
    private final NextMonthAdvance advance;

    GroupBilling(BillingMonth month, PriorAdvances advances, TrueUp trueUp) {
        this.month = month;
        this.advances = advances;
        this.trueUp = trueUp;
        this.allocation = new GroupAllocation(month);
        this.commitment = new MinimumCommitment(month);
        this.advance = new NextMonthAdvance(month);
    }

    StatementPart bill(PlanGroup group) {
        BillingSubject subject = BillingSubject.group(group.payer());
        StatementPart part = StatementPart.NONE;
        // a group that only starts on next month's first day has nothing to settle this month, and its plan may be
        // one that only next month's catalog version has (R1: plans are added without a change of code)
        if (group.days() > 0 || advances.plans(subject).contains(group.plan())) {
            PlanFee fee = month.fee(group.plan(), group.days(), group.baseDays());
            part = trueUp.settle(subject, fee, advances.amount(subject, group.plan()), group.refundReason())
                    .withAllocations(allocation.split(group, fee.roundedFee()));
        }
        for (PaidPeriod period : group.periods()) {
            part = part.with(commitment.line(subject, period));
        }
        return group.onPlanNextMonth() ? part.with(advance.line(subject, group.plan())) : part;
    }
}
