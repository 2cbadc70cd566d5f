package com.supportbilling.state;

import com.supportbilling.logging.Sentences;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The billing application started afresh for each drop or tick, exactly as {@code run} starts it, and
 * closed afterwards, so that a long-running watch or schedule holds the embedded state only while
 * it bills (D28, D32).
 */
public final class FreshContexts implements BillingSessions {

    private final Supplier<ConfigurableApplicationContext> start;
    private final BillingState state;

    /** {@code start}: starts the billing application, without shutdown hooks of its own (the command stops it). */
    public FreshContexts(Supplier<ConfigurableApplicationContext> start, BillingState state) {
        this.start = start;
        this.state = state;
    }

    @Override
    public <T> T open(String purpose, Function<ApplicationContext, T> work) {
        ConfigurableApplicationContext context;
        try {
            context = state.open(start, purpose);
        } catch (BillingState.StateInUseException e) {
            throw new BillingUnavailableException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BillingUnavailableException("The billing application could not start: " + Sentences.root(e), e);
        }
        try (context) {
            return work.apply(context);
        }
    }
}
