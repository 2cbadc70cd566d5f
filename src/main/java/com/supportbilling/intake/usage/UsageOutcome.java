package com.supportbilling.intake.usage;

import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.Rejection;

/** What validation made of a usage row: an accepted line, or a rejection (R10). */
public sealed interface UsageOutcome {

    String sourceFile();

    /** An accepted row, with where it was read, should a later check reject it after all. */
    record Accepted(String sourceFile, long lineNumber, String raw, UsageLine line) implements UsageOutcome {

        /** R10: the row repeats a line item id already read, and the first occurrence counts. */
        public Rejection asDuplicate() {
            return new Rejection(sourceFile, lineNumber, RejectReason.DUPLICATE_LINE_ITEM,
                    "line item id " + line.lineItemId() + " was already read; the first occurrence counts", raw);
        }
    }

    record Rejected(Rejection rejection) implements UsageOutcome {
        @Override
        public String sourceFile() {
            return rejection.sourceFile();
        }
    }
}
