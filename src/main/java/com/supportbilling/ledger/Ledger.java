package com.supportbilling.ledger;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.catalog.Scope;
import com.supportbilling.core.invoice.Invoice;
import com.supportbilling.core.invoice.InvoiceLine;
import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.core.invoice.PriorAdvance;
import com.supportbilling.core.invoice.RecordedAdvance;
import com.supportbilling.core.invoice.Refund;
import com.supportbilling.core.revision.EntryType;
import com.supportbilling.core.revision.LedgerEntry;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The billing ledger: which revisions of which months ran and completed, every line and refund they
 * billed, and the fee bases of a running revision. The next month reads its advances from here (R5).
 */
@Repository
public class Ledger {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public Ledger(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The latest completed revision of the month. */
    public Optional<RunRecord> latestCompleted(YearMonth month) {
        return runs(month).stream().filter(run -> run.status() == RunStatus.COMPLETED)
                .reduce((first, second) -> second);
    }

    /** A revision of the month that started and did not complete. */
    public Optional<RunRecord> unfinished(YearMonth month) {
        return runs(month).stream().filter(run -> run.status() == RunStatus.STARTED).findFirst();
    }

    public List<RunRecord> runs(YearMonth month) {
        return jdbc.sql("""
                SELECT billing_month, revision, status, job_instance_id, input_folder, output_folder, started_at, completed_at
                FROM billing_run WHERE billing_month = ? ORDER BY revision""")
                .param(month.toString())
                .query((rs, row) -> new RunRecord(YearMonth.parse(rs.getString(1)), rs.getInt(2),
                        RunStatus.valueOf(rs.getString(3)), (Long) rs.getObject(4, Long.class), rs.getString(5),
                        rs.getString(6), toLocal(rs.getTimestamp(7)), toLocal(rs.getTimestamp(8))))
                .list();
    }

    /** Marks the revision as running for a job instance; a fresh instance starts from an empty slate. */
    public void recordStart(YearMonth month, int revision, long jobInstanceId, String inputFolder, String fingerprint,
            String outputFolder) {
        clearRevision(month, revision);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int updated = jdbc.sql("""
                UPDATE billing_run SET status = ?, job_instance_id = ?, input_folder = ?, input_fingerprint = ?,
                    output_folder = ?, started_at = ?, completed_at = NULL
                WHERE billing_month = ? AND revision = ?""")
                .params(RunStatus.STARTED.name(), jobInstanceId, inputFolder, fingerprint, outputFolder, now,
                        month.toString(), revision)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO billing_run (billing_month, revision, status, job_instance_id, input_folder,
                        input_fingerprint, output_folder, started_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(month.toString(), revision, RunStatus.STARTED.name(), jobInstanceId, inputFolder, fingerprint,
                            outputFolder, now)
                    .update();
        }
    }

    /** Marks the revision completed; its fee bases, needed only while it ran, go. */
    public void recordCompleted(YearMonth month, int revision) {
        jdbc.sql("UPDATE billing_run SET status = ?, completed_at = ? WHERE billing_month = ? AND revision = ?")
                .params(RunStatus.COMPLETED.name(), Timestamp.valueOf(LocalDateTime.now()), month.toString(), revision)
                .update();
        jdbc.sql("DELETE FROM billing_usage_base WHERE billing_month = ? AND revision = ?")
                .params(month.toString(), revision).update();
    }

    private void clearRevision(YearMonth month, int revision) {
        for (String table : List.of("billing_ledger_line", "billing_ledger_refund", "billing_usage_base")) {
            jdbc.sql("DELETE FROM " + table + " WHERE billing_month = ? AND revision = ?")
                    .params(month.toString(), revision).update();
        }
    }

    /** Replaces the fee bases of a running revision. */
    public void saveBases(YearMonth month, int revision, Map<AccountId, BigDecimal> bases) {
        jdbc.sql("DELETE FROM billing_usage_base WHERE billing_month = ? AND revision = ?")
                .params(month.toString(), revision).update();
        List<Object[]> rows = new ArrayList<>();
        bases.forEach((account, base) -> rows.add(new Object[] {month.toString(), revision, account.value(),
                base.toPlainString()}));
        template.batchUpdate("INSERT INTO billing_usage_base (billing_month, revision, account_id, base) VALUES (?, ?, ?, ?)",
                rows);
    }

    public Map<AccountId, BigDecimal> bases(YearMonth month, int revision) {
        Map<AccountId, BigDecimal> bases = new HashMap<>();
        jdbc.sql("SELECT account_id, base FROM billing_usage_base WHERE billing_month = ? AND revision = ?")
                .params(month.toString(), revision)
                .query(rs -> {
                    bases.put(new AccountId(rs.getString(1)), new BigDecimal(rs.getString(2)));
                });
        return bases;
    }

    /** Records what a payer's statement bills: its invoice lines and its refunds. */
    public void record(YearMonth month, int revision, List<PayerStatement> statements) {
        List<Object[]> lines = new ArrayList<>();
        List<Object[]> refunds = new ArrayList<>();
        for (PayerStatement statement : statements) {
            statement.invoice().ifPresent(invoice -> addLines(month, revision, invoice, lines));
            for (Refund refund : statement.refunds()) {
                refunds.add(new Object[] {month.toString(), revision, refund.id(), refund.payer().value(),
                        refund.account().value(), refund.plan().value(), refund.reason().name(), refund.amount(),
                        refund.tax()});
            }
        }
        template.batchUpdate("""
                INSERT INTO billing_ledger_line (billing_month, revision, invoice_id, line_no, payer_account_id, account_id,
                    subject_scope, line_type, plan_code, service_month, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", lines);
        template.batchUpdate("""
                INSERT INTO billing_ledger_refund (billing_month, revision, refund_id, payer_account_id, account_id,
                    plan_code, reason, amount, tax)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", refunds);
    }

    private static void addLines(YearMonth month, int revision, Invoice invoice, List<Object[]> rows) {
        int lineNo = 0;
        for (InvoiceLine line : invoice.lines()) {
            rows.add(new Object[] {month.toString(), revision, invoice.id(), ++lineNo, invoice.payer().value(),
                    line.account().value(), line.scope().name(), line.type().name(), line.plan().value(),
                    line.serviceMonth().toString(), line.amount()});
        }
    }

    /**
     * What was billed in advance for {@code month}: the ADVANCE lines of the latest completed revision of
     * the month before (R5). Nothing when that month was not billed against this ledger.
     */
    public List<RecordedAdvance> advancesFor(YearMonth month) {
        YearMonth previous = month.minusMonths(1);
        Optional<RunRecord> billed = latestCompleted(previous);
        if (billed.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT payer_account_id, account_id, subject_scope, plan_code, amount FROM billing_ledger_line
                WHERE billing_month = ? AND revision = ? AND line_type = 'ADVANCE' AND service_month = ?
                ORDER BY invoice_id, line_no""")
                .params(previous.toString(), billed.get().revision(), month.toString())
                .query((rs, row) -> new RecordedAdvance(new AccountId(rs.getString(1)), new PriorAdvance(
                        new AccountId(rs.getString(2)), Scope.valueOf(rs.getString(3)), new PlanCode(rs.getString(4)),
                        rs.getBigDecimal(5))))
                .list();
    }

    /** Every line and refund a revision billed, invoice by invoice in line order, then the refunds. */
    public List<LedgerEntry> entries(YearMonth month, int revision) {
        List<LedgerEntry> entries = new ArrayList<>(jdbc.sql("""
                SELECT invoice_id, payer_account_id, account_id, line_type, plan_code, service_month, amount
                FROM billing_ledger_line WHERE billing_month = ? AND revision = ? ORDER BY invoice_id, line_no""")
                .params(month.toString(), revision)
                .query((rs, row) -> new LedgerEntry(rs.getString(1), new AccountId(rs.getString(2)),
                        new AccountId(rs.getString(3)), EntryType.valueOf(rs.getString(4)), new PlanCode(rs.getString(5)),
                        YearMonth.parse(rs.getString(6)), rs.getBigDecimal(7)))
                .list());
        entries.addAll(jdbc.sql("""
                SELECT refund_id, payer_account_id, account_id, plan_code, amount
                FROM billing_ledger_refund WHERE billing_month = ? AND revision = ? ORDER BY refund_id""")
                .params(month.toString(), revision)
                .query((rs, row) -> new LedgerEntry(rs.getString(1), new AccountId(rs.getString(2)),
                        new AccountId(rs.getString(3)), EntryType.REFUND, new PlanCode(rs.getString(4)), month,
                        rs.getBigDecimal(5)))
                .list());
        return entries;
    }

    private static LocalDateTime toLocal(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
