package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * R6: a group's fee round(F) shared out to the members with days on the plan, for charge-back, in
 * proportion to each one's base × days floored at 0 (D3), or by days when the group's base is 0 (its members'
 * bases summed as they are) or all of those are 0; exact to the cent by largest remainder. A fee of 0 is not
 * allocated.
 */
final class GroupAllocation {

    private final BillingMonth month;

    GroupAllocation(BillingMonth month) {
        this.month = month;
    }

    List<Allocation> split(PlanGroup group, BigDecimal groupFee) {
        if (groupFee.signum() == 0 || group.members().isEmpty()) {
            return List.of();
        }
        TreeMap<AccountId, BigDecimal> weights = new TreeMap<>();
        group.members().forEach(member -> weights.put(member.account(), member.baseDays().max(BigDecimal.ZERO)));
        if (group.baseDays().signum() == 0 || weights.values().stream().allMatch(weight -> weight.signum() == 0)) {
            group.members().forEach(member -> weights.put(member.account(), BigDecimal.valueOf(member.days())));
        }
        Map<AccountId, BigDecimal> parts = LargestRemainder.split(groupFee, weights);
        return group.members().stream().map(member -> new Allocation(month.month(), group.payer(), group.plan(),
                member.account(), Money.divideToCents(member.baseDays(), month.days()), parts.get(member.account())))
                .toList();
    }
}
