package com.supportbilling.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.supportbilling.resources.ResourceShortageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * D47: HSQLDB reports a log it could not write only on its event log; a run must not publish after
 * one. (The real full disk is {@code FullStateDiskIT}'s.)
 */
class StateDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointWritesTheLedgerIntoTheDatabaseFiles() throws Exception {
        SingleConnectionDataSource dataSource = embedded();
        new JdbcTemplate(dataSource).execute("CREATE TABLE t (x INT)");
        new JdbcTemplate(dataSource).update("INSERT INTO t VALUES (42)");
        new StateDurability(dataSource).secure("Nothing was published.");
        // after a checkpoint the rows are in the database files, and the write-ahead log is empty
        assertThat(Files.size(dir.resolve("ledger.log"))).isZero();
        dataSource.destroy();
    }

    @Test
    void aWriteFaultReportedSinceTheStartRefusesToGoOn() {
        SingleConnectionDataSource dataSource = embedded();
        StateDurability durability = new StateDurability(dataSource);
        assertThatCode(() -> durability.secure("Nothing was published.")).doesNotThrowAnyException();
        Logger.getLogger(EmbeddedWriteFaults.EVENT_LOG + "." + databaseName(dataSource) + ".ENGINE")
                .log(Level.WARNING, "ScriptWriter synch error: ", new java.io.IOException("No space left on device"));
        assertThatThrownBy(() -> durability.secure("Nothing was published."))
                .isInstanceOf(ResourceShortageException.class)
                .hasMessage("The state database " + dir.resolve("ledger") + ".* could not be written (ScriptWriter synch "
                        + "error: No space left on device), so the ledger on disk does not hold this run. Nothing was "
                        + "published. Free disk space there, then run the same command again.");
        assertThat(new StateDurability(dataSource)).as("a fault before an application started is not its own")
                .satisfies(later -> assertThatCode(() -> later.secure("")).doesNotThrowAnyException());
        dataSource.destroy();
    }

    @Test
    void aFaultOfAnotherDatabaseIsNotThisOnes() {
        SingleConnectionDataSource dataSource = embedded();
        StateDurability durability = new StateDurability(dataSource);
        Logger.getLogger(EmbeddedWriteFaults.EVENT_LOG + ".HSQLDBOTHER.ENGINE").log(Level.WARNING, "data commit failed");
        assertThatCode(() -> durability.secure("")).doesNotThrowAnyException();
        dataSource.destroy();
    }

    private static String databaseName(SingleConnectionDataSource dataSource) {
        return new JdbcTemplate(dataSource).queryForObject("VALUES DATABASE_NAME()", String.class);
    }

    private SingleConnectionDataSource embedded() {
        return new SingleConnectionDataSource("jdbc:hsqldb:file:" + dir.resolve("ledger") + ";shutdown=true;hsqldb.extlog=2",
                "SA", "", true);
    }
}
