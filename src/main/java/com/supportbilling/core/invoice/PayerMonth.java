package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import java.util.List;
import java.util.Objects;

/** Everything a payer's invoice for the month is computed from. */
public record PayerMonth(AccountId payer, String country, List<MemberMonth> members, List<PriorAdvance> priorAdvances) {

    public PayerMonth {
        Objects.requireNonNull(payer, "payer");
        members = List.copyOf(members);
        priorAdvances = List.copyOf(priorAdvances);
    }
}
