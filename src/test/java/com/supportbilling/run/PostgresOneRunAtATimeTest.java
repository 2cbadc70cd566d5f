package com.supportbilling.run;

import com.supportbilling.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link OneRunAtATimeTest} with the month lock in PostgreSQL, where it must hold across processes. */
class PostgresOneRunAtATimeTest extends OneRunAtATimeTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.newDatabaseFor(registry);
    }
}
