package com.supportbilling.ops.watch;

import com.supportbilling.intake.InputFolder;
import com.supportbilling.intake.InputRefusedException;
import com.supportbilling.ledger.RunStatus;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Asks the ledger whether a drop was billed already from this very folder: a completed revision of
 * its month whose input was this folder with these same files (the run's input fingerprint, D15).
 * That is a watcher that stopped between billing and moving; a new drop put in the same place after
 * the first one was moved has other files and is a new drop. Reads billing_run directly because
 * {@code RunRecord} does not carry the fingerprint.
 */
final class DropLedger {

    private final JdbcClient jdbc;

    DropLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Billed(int revision, LocalDateTime completedAt, Path outputs) {
    }

    Optional<Billed> billedFrom(Path drop, YearMonth month) {
        String fingerprint;
        try {
            fingerprint = new InputFolder(drop, null, month).fingerprint();
        } catch (InputRefusedException incomplete) {
            return Optional.empty(); // no run accepts a folder without accounts.csv and subscriptions.csv
        }
        return jdbc.sql("""
                SELECT revision, completed_at, output_folder FROM billing_run
                WHERE billing_month = ? AND status = ? AND input_folder = ? AND input_fingerprint = ?
                ORDER BY revision DESC""")
                .params(month.toString(), RunStatus.COMPLETED.name(), drop.toString(), fingerprint)
                .query((rs, row) -> new Billed(rs.getInt(1), rs.getObject(2, Timestamp.class).toLocalDateTime(),
                        Path.of(rs.getString(3)).resolve(month.toString())))
                .list().stream().findFirst();
    }
}
