package com.supportbilling.run;

import com.supportbilling.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RestartTest} with the job repository and the ledger in PostgreSQL. */
class PostgresRestartTest extends RestartTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.newDatabaseFor(registry);
    }
}
