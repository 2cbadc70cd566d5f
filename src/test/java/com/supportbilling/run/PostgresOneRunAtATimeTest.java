package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Postgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link OneRunAtATimeTest} with the month lock in PostgreSQL, where it must hold across processes
 * (which {@code PostgresSecondRunIT} shows with separate JVMs).
 */
class PostgresOneRunAtATimeTest extends OneRunAtATimeTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.newDatabaseFor(registry);
    }

    /** The lock rows these tests write and the runs read are PostgreSQL's. */
    @Test
    void theMonthLockIsInPostgresql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
        assertThat(monthEndRun.run(request()).exitCode()).isEqualTo(ExitCode.BILLED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_run WHERE status = 'COMPLETED'").query(Integer.class).single())
                .isOne();
    }
}
