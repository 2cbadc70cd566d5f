package com.supportbilling.intake.usage;

import com.supportbilling.intake.Rejection;

/** What validation made of a usage row: an accepted line, or a rejection (R10). */
public sealed interface UsageOutcome {

    String sourceFile();

    record Accepted(String sourceFile, UsageLine line) implements UsageOutcome {
    }

    record Rejected(Rejection rejection) implements UsageOutcome {
        @Override
        public String sourceFile() {
            return rejection.sourceFile();
        }
    }
}
