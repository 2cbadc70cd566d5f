package com.supportbilling.state;

import com.supportbilling.resources.ResourceShortageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Makes what a run recorded durable before anything is published (R11, D47). On the embedded HSQLDB
 * file database that means a CHECKPOINT — the ledger written into the database files themselves —
 * and no write fault reported since this application started; on PostgreSQL a commit that returned is
 * durable already.
 */
@Component
public class StateDurability {

    private final DataSource dataSource;
    private final long faultsBefore;

    public StateDurability(DataSource dataSource) {
        this.dataSource = dataSource;
        this.faultsBefore = EmbeddedWriteFaults.count();
    }

    /**
     * Checkpoints an embedded state and refuses, in one sentence, when it could not be written.
     *
     * @param consequence what the operator is told has (not) happened, e.g. "Nothing was published."
     */
    public void secure(String consequence) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String url = connection.getMetaData().getURL();
            if (url != null && url.startsWith("jdbc:hsqldb:file:")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                if (EmbeddedWriteFaults.count() > faultsBefore) {
                    throw new ResourceShortageException("The state database " + databaseFiles(url)
                            + " could not be written (" + EmbeddedWriteFaults.last() + "), so the ledger on disk does "
                            + "not hold this run. " + consequence + " Free disk space there, then run the same "
                            + "command again.");
                }
            }
        } catch (SQLException e) {
            throw new ResourceShortageException("The state database could not be checkpointed: " + e.getMessage()
                    + ". " + consequence + " Check the disk of the state folder, then run the same command again.", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String databaseFiles(String url) {
        String path = url.substring("jdbc:hsqldb:file:".length());
        int options = path.indexOf(';');
        return (options < 0 ? path : path.substring(0, options)) + ".*";
    }
}
