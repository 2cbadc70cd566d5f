package com.supportbilling.state;

import java.util.function.Function;
import org.springframework.context.ApplicationContext;

/**
 * Opens the billing application (job, ledger, month lock, on its state) for one piece of work and
 * closes it afterwards. watch and schedule stay up for weeks; the embedded state can be open in one
 * process at a time (D28), so they hold it only while they bill, and a cron {@code run} of another
 * month is not refused by an idle watcher.
 */
public interface BillingSessions {

    /**
     * Runs {@code work} in a freshly started billing application context, closed when it returns.
     *
     * @throws BillingUnavailableException when the state is in use by another process or the
     *         application cannot be started (its message is one sentence); what {@code work} throws
     *         passes through
     */
    <T> T open(String purpose, Function<ApplicationContext, T> work);
}
