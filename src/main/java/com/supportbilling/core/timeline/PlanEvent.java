package com.supportbilling.core.timeline;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.time.LocalDate;
import java.util.Objects;

/** A row of subscriptions.csv: from {@code effectiveDate} the account is on {@code plan} (R3). */
public record PlanEvent(AccountId account, LocalDate effectiveDate, PlanCode plan) {

    public PlanEvent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(plan, "plan");
    }
}
