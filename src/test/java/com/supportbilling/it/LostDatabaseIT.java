package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D58: PostgreSQL stopped under a run ends it within a bounded time, in one sentence that names the
 * database, with the stack trace in the log only; once the database is back, the same command resumes
 * and ends with the outputs of a run never interrupted. Found: about 2 minutes of silence, then ~90
 * lines of stack trace and "Error: Connection refused."
 */
class LostDatabaseIT {

    @TempDir
    Path work;

    @Test
    void aDatabaseLostMidRunIsSaidInOneSentenceAndTheRunResumes() throws Exception {
        Path input = GeneratedMonth.write(work.resolve("in"), 3000, 200_000);
        int port = freePort();
        EmbeddedPostgres database = start(port);
        createDatabase(database, "clean_db");
        createDatabase(database, "lost_db");
        Process clean = Jar.start(work, "clean", run(input, "clean", port, "clean_db"));
        assertThat(clean.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(clean.exitValue()).as(Jar.err(work, "clean")).isZero();

        Process lost = Jar.start(work, "lost", run(input, "lost", port, "lost_db"));
        Path lines = work.resolve("lost-out/.staging-2026-03-R1/invoice-lines.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!(Files.exists(lines) && Files.size(lines) > 10_000) && lost.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(lost.isAlive()).as("still invoicing when the database goes: %s", Jar.err(work, "lost")).isTrue();
        database.close();
        long stopped = System.nanoTime();
        assertThat(lost.waitFor(180, TimeUnit.SECONDS)).as("the run ends within a bounded time").isTrue();
        String err = Jar.err(work, "lost");
        assertThat(lost.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("lost its database, PostgreSQL at localhost:" + port)
                .contains("Nothing was published; when the database is back, run the same command again")
                .doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - stopped)).as("seconds to say so").isLessThan(120);
        assertThat(work.resolve("lost-out/2026-03")).doesNotExist();

        database = start(port);
        try {
            Process resumed = Jar.start(work, "resumed", run(input, "lost", port, "lost_db"));
            assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(resumed.exitValue()).as(Jar.err(work, "resumed")).isZero();
            for (String file : new String[] {"invoices.csv", "invoice-lines.csv", "refund-ledger.csv", "allocations.csv",
                    "rejects.csv"}) {
                assertThat(Files.readString(work.resolve("lost-out/2026-03/" + file))).as(file)
                        .isEqualTo(Files.readString(work.resolve("clean-out/2026-03/" + file)));
            }
        } finally {
            database.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(work.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
    }

    private static void createDatabase(EmbeddedPostgres database, String name) throws Exception {
        try (var connection = database.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    private String[] run(Path input, String name, int port, String databaseName) {
        return new String[] {"run", "--month", "2026-03", "--input", input.toString(),
                "--output", work.resolve(name + "-out").toString(), "--state", work.resolve(name + "-state").toString(),
                "--billing.progress=off", "--billing.invoicing-chunk-size=25",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + databaseName,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"};
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
