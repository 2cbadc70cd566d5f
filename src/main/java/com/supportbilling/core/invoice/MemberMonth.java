package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.timeline.PlanTimeline;
import java.math.BigDecimal;
import java.util.Objects;

/** One of a payer's accounts for the month: its plan history and its fee base (R2, R3). */
public record MemberMonth(AccountId account, PlanTimeline timeline, BigDecimal base) {

    public MemberMonth {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(base, "base");
    }
}
