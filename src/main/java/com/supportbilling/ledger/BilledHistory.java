package com.supportbilling.ledger;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the month report and the documents read of earlier months: each billed month's totals, what
 * each payer was invoiced, and which invoice billed the advance that a refund gives back. A month
 * counts by its latest completed revision, as the next month's advances do (R5, D27).
 */
@Repository
public class BilledHistory {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    public BilledHistory(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** The latest completed revision of each of the last {@code count} months billed before {@code month}, oldest first. */
    public List<MonthTotal> monthsBefore(YearMonth month, int count) {
        List<MonthTotal> months = new ArrayList<>(jdbc.sql("""
                SELECT billing_month, MAX(revision) FROM billing_run
                WHERE status = 'COMPLETED' AND billing_month < ?
                GROUP BY billing_month ORDER BY billing_month DESC""")
                .param(month.toString())
                .query((rs, row) -> new Object[] {YearMonth.parse(rs.getString(1)), rs.getInt(2)})
                .list().stream().limit(count)
                .map(billed -> total((YearMonth) billed[0], (Integer) billed[1]))
                .toList());
        Collections.reverse(months);
        return months;
    }

    private MonthTotal total(YearMonth month, int revision) {
        BigDecimal invoiced = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM billing_ledger_line WHERE billing_month = ? AND revision = ?")
                .params(month.toString(), revision).query(BigDecimal.class).single();
        BigDecimal refunded = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM billing_ledger_refund WHERE billing_month = ? AND revision = ?")
                .params(month.toString(), revision).query(BigDecimal.class).single();
        return new MonthTotal(month, revision, invoiced, refunded);
    }

    /** What each payer's invoice of a revision billed before tax: the sum of its lines. */
    public Map<AccountId, BigDecimal> invoicedByPayer(YearMonth month, int revision) {
        Map<AccountId, BigDecimal> byPayer = new HashMap<>();
        jdbc.sql("""
                SELECT payer_account_id, SUM(amount) FROM billing_ledger_line
                WHERE billing_month = ? AND revision = ? GROUP BY payer_account_id""")
                .params(month.toString(), revision)
                .query(rs -> {
                    byPayer.put(new AccountId(rs.getString(1)), rs.getBigDecimal(2));
                });
        return byPayer;
    }

    /**
     * The invoices that billed the advances for {@code month}, by subject account and plan: the ADVANCE
     * lines of the latest completed revision of the month before, which {@code month}'s refunds give back (R8).
     */
    public Map<AdvanceKey, String> advanceInvoices(YearMonth month) {
        YearMonth previous = month.minusMonths(1);
        Optional<RunRecord> billed = ledger.latestCompleted(previous);
        Map<AdvanceKey, String> invoices = new HashMap<>();
        billed.ifPresent(run -> jdbc.sql("""
                SELECT account_id, plan_code, invoice_id FROM billing_ledger_line
                WHERE billing_month = ? AND revision = ? AND line_type = 'ADVANCE' AND service_month = ?""")
                .params(previous.toString(), run.revision(), month.toString())
                .query(rs -> {
                    invoices.putIfAbsent(new AdvanceKey(new AccountId(rs.getString(1)), new PlanCode(rs.getString(2))),
                            rs.getString(3));
                }));
        return invoices;
    }

    /** When a revision of the month started: the day its documents are issued. */
    public Optional<LocalDateTime> startedAt(YearMonth month, int revision) {
        return ledger.runs(month).stream().filter(run -> run.revision() == revision).map(RunRecord::startedAt)
                .findFirst();
    }

    /** A billed month: its revision, what its invoices billed before tax and what it refunded. */
    public record MonthTotal(YearMonth month, int revision, BigDecimal invoiced, BigDecimal refunded) {
    }

    /** The subject and plan an advance was billed for. */
    public record AdvanceKey(AccountId account, PlanCode plan) {
    }
}
