package com.supportbilling.state;

import com.supportbilling.resources.ResourceShortageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Makes what a run recorded durable before anything is published (R11, D47). On the embedded HSQLDB
 * file database that means a CHECKPOINT — the ledger written into the database files themselves —
 * and no write fault reported by that database since this application started; on PostgreSQL a
 * commit that returned is durable already.
 */
@Component
public class StateDurability {

    private static final String FILE_URL = "jdbc:hsqldb:file:";

    private final DataSource dataSource;
    private final String embedded;
    private final long faultsBefore;

    public StateDurability(DataSource dataSource) {
        this.dataSource = dataSource;
        this.embedded = embeddedDatabaseName(dataSource);
        this.faultsBefore = embedded == null ? 0 : EmbeddedWriteFaults.count(embedded);
    }

    /**
     * Checkpoints an embedded state and refuses, in one sentence, when it could not be written.
     *
     * @param consequence what the operator is told has (not) happened, e.g. "Nothing was published."
     */
    public void secure(String consequence) {
        if (embedded == null) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String url = connection.getMetaData().getURL();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            if (EmbeddedWriteFaults.count(embedded) > faultsBefore) {
                throw new ResourceShortageException("The state database " + databaseFiles(url) + " could not be written ("
                        + EmbeddedWriteFaults.last(embedded) + "), so the ledger on disk does not hold this run. "
                        + consequence + " Free disk space there, then run the same command again.");
            }
        } catch (SQLException e) {
            throw new ResourceShortageException("The state database could not be checkpointed: " + e.getMessage()
                    + ". " + consequence + " Check the disk of the state folder, then run the same command again.", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The unique name of an embedded file database, which names its event log; null for any other. */
    private static String embeddedDatabaseName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url == null || !url.startsWith(FILE_URL)) {
                return null;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet name = statement.executeQuery("VALUES DATABASE_NAME()")) {
                name.next();
                return name.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the state database cannot be opened: " + e.getMessage(), e);
        }
    }

    private static String databaseFiles(String url) {
        String path = url.substring(FILE_URL.length());
        int options = path.indexOf(';');
        return (options < 0 ? path : path.substring(0, options)) + ".*";
    }
}
