package com.supportbilling.it;

/**
 * {@link KillAndRestartIT} on PostgreSQL: job repository, ledger and month lock in a database of the
 * test's PostgreSQL, which the billing processes reach by its URL.
 */
class PostgresKillAndRestartIT extends KillAndRestartIT {

    @Override
    BillingState state(String name) {
        return BillingState.postgres(work.resolve(name + "-state"));
    }
}
