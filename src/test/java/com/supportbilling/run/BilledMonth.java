package com.supportbilling.run;

import com.supportbilling.testing.PublishedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a billed month left behind, in a form two runs can be compared by: files and ledger rows. */
record BilledMonth(Map<String, String> files, List<String> ledger) {

    /** The published files of a month, without what differs between runs ({@link PublishedFiles}), and its ledger rows. */
    static BilledMonth of(Path published, JdbcClient jdbc, String month) throws IOException {
        Map<String, String> files = PublishedFiles.contents(published);
        List<String> ledger = jdbc.sql("""
                SELECT revision, invoice_id, line_no, payer_account_id, account_id, subject_scope, line_type, plan_code,
                       service_month, amount FROM billing_ledger_line WHERE billing_month = ?
                ORDER BY revision, invoice_id, line_no""").param(month)
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " "
                        + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7) + " " + rs.getString(8) + " "
                        + rs.getString(9) + " " + rs.getBigDecimal(10))
                .list();
        List<String> refunds = jdbc.sql("""
                SELECT revision, refund_id, payer_account_id, account_id, plan_code, reason, amount, tax
                FROM billing_ledger_refund WHERE billing_month = ? ORDER BY revision, refund_id""").param(month)
                .query((rs, row) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + rs.getString(5) + " " + rs.getString(6) + " " + rs.getBigDecimal(7) + " "
                        + rs.getBigDecimal(8))
                .list();
        List<String> runs = jdbc.sql("SELECT revision, status FROM billing_run WHERE billing_month = ? ORDER BY revision")
                .param(month).query((rs, row) -> "run " + rs.getInt(1) + " " + rs.getString(2)).list();
        return new BilledMonth(files, Stream.of(ledger, refunds, runs).flatMap(List::stream).toList());
    }
}
