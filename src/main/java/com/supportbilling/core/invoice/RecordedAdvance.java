package com.supportbilling.core.invoice;

import com.supportbilling.core.account.AccountId;
import java.util.Objects;

/** An ADVANCE line as the month before recorded it (R5): the advance, and the payer whose invoice held it. */
public record RecordedAdvance(AccountId payer, PriorAdvance advance) {

    public RecordedAdvance {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(advance, "advance");
    }
}
