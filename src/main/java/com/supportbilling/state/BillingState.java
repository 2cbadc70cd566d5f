package com.supportbilling.state;

import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The state a billing application opens — the job repository and the ledger — in the embedded
 * database of a state folder ({@link EmbeddedState}), which one process at a time may open, or in a
 * database server such as PostgreSQL ({@link DatabaseServer}), which runs share.
 */
public interface BillingState {

    /**
     * Starts the application on this state for {@code purpose} (e.g. "billing 2026-03").
     *
     * @throws StateInUseException when another process has the state
     */
    ConfigurableApplicationContext open(Supplier<ConfigurableApplicationContext> start, String purpose);

    /** Another process has the state: exit 4, as for a month being billed. The message is one sentence. */
    final class StateInUseException extends RuntimeException {

        StateInUseException(String sentence) {
            super(sentence);
        }
    }
}
