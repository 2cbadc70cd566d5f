package com.supportbilling.run;

import com.supportbilling.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RestartTest} with the job repository and the ledger in PostgreSQL. */
class PostgresRestartTest extends RestartTest {

    private static final String URL = Postgres.newDatabaseUrl();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
