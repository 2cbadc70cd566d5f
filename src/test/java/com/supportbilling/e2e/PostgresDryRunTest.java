package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --dry-run on PostgreSQL (D29): it reads the ledger there for what was billed in advance, and leaves
 * the database's rows as it found them — on a database never used, it creates the tables, empty, as
 * any first start does — and the folders too.
 */
class PostgresDryRunTest {

    private static final Path SAMPLES = Path.of("input-samples");

    @TempDir
    Path work;

    @Test
    void aDryRunLeavesTheDatabaseAsItFoundIt() throws Exception {
        String url = Postgres.newDatabaseUrl();
        String[] database = Postgres.arguments(url).toArray(String[]::new);
        Path out = work.resolve("out");
        Path state = work.resolve("state");

        assertThat(contents(url)).as("a new database").isEmpty();
        Cli.Result first = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, state, append(database, "--dry-run"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Dry run of 2026-03 (revision 1): nothing was recorded or published")
                .contains("invoices   5: subtotal 50,981.61, tax 5,619.11, total 56,600.72");
        // a first start on a new database creates the tables, as D36 says: empty, for a dry run
        assertThat(contents(url)).as("a dry run on a new database").containsKeys("billing_run", "billing_ledger_line",
                "batch_job_instance").allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
        assertThat(out).as("nothing written to the output folder").doesNotExist();
        DryRunReport.remove(DryRunReport.of(first, "2026-03-R1"));

        Cli.Result march = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, state, database);
        assertThat(march.exitCode()).as(march.err()).isZero();
        Map<String, List<String>> billed = contents(url);
        assertThat(billed.get("billing_ledger_line")).isNotEmpty();
        assertThat(billed.get("batch_job_instance")).hasSize(1);

        assertThat(Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, state, append(database, "--dry-run")).exitCode())
                .isEqualTo(4);
        Cli.Result rerun = Cli.bill("2026-03", SAMPLES.resolve("2026-03"), out, state, append(database, "--dry-run",
                "--rerun"));
        assertThat(rerun.out()).contains("Dry run of 2026-03 (revision 2)");
        DryRunReport.remove(DryRunReport.of(rerun, "2026-03-R2"));
        // April's dry run credits March's advances, read from PostgreSQL
        Cli.Result april = Cli.bill("2026-04", SAMPLES.resolve("2026-04"), out, state, append(database, "--dry-run"));
        assertThat(april.out()).contains("invoices   5: subtotal 36,661.63");
        DryRunReport.remove(DryRunReport.of(april, "2026-04-R1"));
        assertThat(contents(url)).as("dry runs on a billed database").isEqualTo(billed);
        assertThat(out.resolve("2026-04")).doesNotExist();
    }

    /** Every table of the database with all its rows, sorted. */
    private static Map<String, List<String>> contents(String url) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(name, rows);
            }
        }
        return tables;
    }

    private static String[] append(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
