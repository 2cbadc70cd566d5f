package com.supportbilling.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded state a run makes caches a month's ledger in memory until its checkpoint (D151). */
class EmbeddedStateCacheTest {

    @TempDir
    Path work;

    @Test
    void aNewStateCachesAHundredThousandRowsOfThirtyTwoMegabytes() throws Exception {
        Path state = work.resolve("state");
        Cli.Result result = Cli.bill("2026-03", Path.of("input-samples/2026-03"), work.resolve("out"), state);
        assertThat(result.exitCode()).as(result.err()).isZero();

        Map<String, String> properties = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:hsqldb:file:" + state.resolve("ledger")
                + ";shutdown=true;ifexists=true", "SA", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT property_name, property_value FROM "
                        + "information_schema.system_properties WHERE property_name LIKE 'hsqldb.cache_%'")) {
            while (rows.next()) {
                properties.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(properties).containsEntry("hsqldb.cache_rows", "100000").containsEntry("hsqldb.cache_size", "32768");
    }
}
