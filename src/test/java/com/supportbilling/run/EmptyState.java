package com.supportbilling.run;

import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties the job repository and the billing ledger between tests that share one in-memory database. */
final class EmptyState {

    private static final String[] LEDGER_TABLES = {"billing_run", "billing_ledger_line", "billing_ledger_refund",
            "billing_usage_base", "billing_lock"};

    private EmptyState() {
    }

    static void clear(JobRepositoryTestUtils jobRepository, JdbcClient jdbc) {
        jobRepository.removeJobExecutions();
        for (String table : LEDGER_TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
