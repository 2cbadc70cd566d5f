package com.supportbilling.it;

/**
 * {@link WatchIT} on PostgreSQL: the watcher's billing applications, the cron run beside it and the
 * watcher that takes over from a killed one all reach the test's PostgreSQL by its URL.
 */
class PostgresWatchIT extends WatchIT {

    @Override
    BillingState state() {
        return BillingState.postgres(work.resolve("state"));
    }
}
