package com.supportbilling.e2e;

import com.supportbilling.testing.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** {@link WatchTest} with the job repository, the ledger and the month lock in PostgreSQL. */
class PostgresWatchTest extends WatchTest {

    private String url;

    @BeforeEach
    void aDatabaseOfItsOwn() {
        url = Postgres.newDatabaseUrl();
    }

    @Override
    List<String> database() {
        return Postgres.arguments(url);
    }

    @Override
    Connection connect(Path state) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
