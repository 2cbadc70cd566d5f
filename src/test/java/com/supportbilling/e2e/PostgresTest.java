package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import com.supportbilling.testing.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same job on PostgreSQL: job repository, ledger and month lock all in a real PostgreSQL 17. */
class PostgresTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void threeMonthsBillOnPostgresqlExactlyAsOnTheEmbeddedState() throws Exception {
        String url = Postgres.newDatabaseUrl();
        List<String> database = Postgres.arguments(url);
        Path out = work.resolve("out");
        for (String month : new String[] {"2026-03", "2026-04", "2026-05"}) {
            Cli.Result result = bill(month, SAMPLES.resolve(month), out, database);
            assertThat(result.exitCode()).as(result.err()).isZero();
            GoldenFiles.assertMatches(out.resolve(month), "input-samples/" + month);
        }
        assertThat(Folders.entries(work.resolve("state"))).as("no embedded database: PostgreSQL holds the state")
                .extracting(path -> path.getFileName().toString()).containsExactly("logs");
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet runs = statement.executeQuery("SELECT COUNT(*) FROM batch_job_instance i "
                        + "JOIN billing_run r ON r.job_instance_id = i.job_instance_id WHERE r.status = 'COMPLETED'")) {
            assertThat(runs.next()).isTrue();
            assertThat(runs.getInt(1)).as("the three months' job instances and runs, in PostgreSQL").isEqualTo(3);
        }
        Cli.Result again = bill("2026-04", SAMPLES.resolve("2026-04"), out, database);
        assertThat(again.exitCode()).isEqualTo(4);
        Cli.Result rerun = bill("2026-05", SAMPLES.resolve("2026-05"), out, database, "--rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("(revision 2)").contains("corrected  0 lines against revision 1");
        Cli.Result dry = bill("2026-05", SAMPLES.resolve("2026-05"), out, database, "--dry-run", "--rerun");
        assertThat(dry.exitCode()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Dry run of 2026-05 (revision 3)").contains("refunds    1: total 25.26");
    }

    private Cli.Result bill(String month, Path input, Path out, List<String> database, String... extra) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of(extra));
        return Cli.bill(month, input, out, work.resolve("state"), args.toArray(String[]::new));
    }
}
