package com.supportbilling.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.supportbilling.testing.Folders;
import com.supportbilling.testing.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the billing processes of a test keep their state: the embedded HSQLDB under {@code --state},
 * or a database of its own on the test's PostgreSQL, which the child processes reach by its URL
 * ({@code --state} then only holds the logs).
 *
 * @param dir the {@code --state} folder
 * @param databaseUrl the PostgreSQL database's JDBC URL, or null for the embedded state
 */
record BillingState(Path dir, String databaseUrl) {

    static BillingState embedded(Path dir) {
        return new BillingState(dir, null);
    }

    static BillingState postgres(Path dir) {
        return new BillingState(dir, Postgres.newDatabaseUrl());
    }

    /** The arguments that point a command at this state. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>(List.of("--state", dir.toString()));
        if (databaseUrl != null) {
            arguments.addAll(Postgres.arguments(databaseUrl));
        }
        return arguments;
    }

    /** Each row of each query, its columns joined by |; for the embedded state, only while no process holds it. */
    List<String> rows(String... queries) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /** What the month's runs left in the ledger, to compare two states by. */
    List<String> ledger() throws SQLException {
        List<String> rows = rows(
                "SELECT * FROM billing_ledger_line ORDER BY invoice_id, line_no",
                "SELECT * FROM billing_ledger_refund ORDER BY refund_id",
                "SELECT account_id, base FROM billing_usage_base ORDER BY account_id",
                "SELECT billing_month, revision, status FROM billing_run ORDER BY billing_month, revision");
        assertThat(rows).isNotEmpty();
        return rows;
    }

    /**
     * The runs were recorded where they should be: on PostgreSQL, its job repository and ledger hold them
     * and no embedded database was made under {@code --state}; embedded, the database is under it.
     */
    void assertHoldsTheRuns() throws SQLException {
        List<String> files = Folders.entries(dir).stream().map(path -> path.getFileName().toString()).toList();
        if (databaseUrl == null) {
            assertThat(files).contains("ledger.script");
        } else {
            assertThat(files).as("only logs under --state").containsExactly("logs");
            assertThat(rows("SELECT version()")).singleElement().asString().startsWith("PostgreSQL 17");
        }
        assertThat(rows("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("job instances in " + this)
                .singleElement().isNotEqualTo("0|");
        assertThat(rows("SELECT COUNT(*) FROM billing_run")).as("runs in the ledger of " + this)
                .singleElement().isNotEqualTo("0|");
    }

    private Connection connect() throws SQLException {
        if (databaseUrl != null) {
            return DriverManager.getConnection(databaseUrl, "postgres", "postgres");
        }
        return DriverManager.getConnection("jdbc:hsqldb:file:" + dir.toAbsolutePath() + "/ledger;ifexists=true;shutdown=true", "SA", "");
    }

    @Override
    public String toString() {
        return databaseUrl == null ? "the embedded state in " + dir : databaseUrl;
    }
}
