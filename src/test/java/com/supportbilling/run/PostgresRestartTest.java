package com.supportbilling.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import com.supportbilling.testing.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RestartTest} with the job repository and the ledger in PostgreSQL. */
class PostgresRestartTest extends RestartTest {

    private static final Path STATE = temporaryFolder();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.newDatabaseFor(registry);
        registry.add("billing.state-dir", STATE::toString);
    }

    /** The runs of these tests really go to PostgreSQL: its job repository and ledger, and no embedded database. */
    @Test
    void theJobRepositoryAndTheLedgerAreInPostgresql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 17");
        RunOutcome billed = monthEndRun.run(request(work.resolve("out")));
        assertThat(billed.exitCode()).as(billed.message()).isEqualTo(ExitCode.BILLED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_step_execution WHERE status = 'COMPLETED'").query(Integer.class)
                .single()).as("the job's steps, recorded in PostgreSQL").isEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM billing_run WHERE status = 'COMPLETED'").query(Integer.class).single())
                .isOne();
        assertThat(Folders.entries(STATE)).as("nothing but logs under the state folder")
                .allMatch(path -> path.getFileName().toString().equals("logs"));
    }

    @AfterAll
    static void removeState() {
        Folders.delete(STATE);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("postgres-restart-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
