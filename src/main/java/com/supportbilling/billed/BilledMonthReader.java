package com.supportbilling.billed;

import com.supportbilling.core.account.AccountId;
import com.supportbilling.core.catalog.PlanCode;
import com.supportbilling.core.invoice.LineType;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a billed month from its rows: every invoice, line, refund and correction, the first rejects of each reason. */
public final class BilledMonthReader {

    /** Rejected rows kept per reason: the report shows the first ones, summary.json counts them all. */
    public static final int REJECTS_SHOWN = 5;

    private BilledMonthReader() {
    }

    public static BilledMonth read(MonthRows rows) {
        MonthSummary summary = new Json().read(rows.summaryJson(), MonthSummary.class);
        Map<String, YearMonth> months = new HashMap<>(); // a few months, named on every line: parsed once each
        Map<String, List<BilledMonth.Line>> linesByInvoice = new LinkedHashMap<>();
        rows.each(OutputFile.INVOICE_LINES, row -> linesByInvoice.computeIfAbsent(row.get("invoice_id"),
                id -> new ArrayList<>()).add(new BilledMonth.Line(Integer.parseInt(row.get("line_no")),
                        new AccountId(row.get("account_id")), LineType.valueOf(row.get("line_type")),
                        new PlanCode(row.get("plan_code")), months.computeIfAbsent(row.get("service_month"), YearMonth::parse),
                        Integer.parseInt(row.get("days")), Integer.parseInt(row.get("days_in_month")),
                        row.get("fee_base").isEmpty() ? null : decimal(row.get("fee_base")), decimal(row.get("amount")),
                        row.get("description"))));
        List<BilledMonth.Invoice> invoices = new ArrayList<>();
        rows.each(OutputFile.INVOICES, row -> invoices.add(new BilledMonth.Invoice(row.get("invoice_id"),
                new AccountId(row.get("payer_account_id")), decimal(row.get("subtotal")), decimal(row.get("tax_rate")),
                decimal(row.get("tax")), decimal(row.get("total")), row.get("currency"),
                List.copyOf(linesByInvoice.getOrDefault(row.get("invoice_id"), List.of())))));
        List<BilledMonth.Refund> refunds = new ArrayList<>();
        rows.each(OutputFile.REFUNDS, row -> refunds.add(new BilledMonth.Refund(row.get("refund_id"),
                new AccountId(row.get("payer_account_id")), new AccountId(row.get("account_id")),
                new PlanCode(row.get("plan_code")), row.get("reason"), Integer.parseInt(row.get("unused_days")),
                Integer.parseInt(row.get("days_in_month")), decimal(row.get("refund_amount")),
                decimal(row.get("tax_refund")), decimal(row.get("total_refund")))));
        List<BilledMonth.Correction> corrections = new ArrayList<>();
        rows.each(OutputFile.CORRECTIONS, row -> corrections.add(new BilledMonth.Correction(row.get("invoice_id"),
                row.get("previous_invoice_id"), new AccountId(row.get("account_id")), row.get("line_type"),
                new PlanCode(row.get("plan_code")), YearMonth.parse(row.get("service_month")),
                decimal(row.get("previous_amount")), decimal(row.get("amount")), decimal(row.get("difference")))));
        Map<String, List<BilledMonth.Reject>> rejects = new LinkedHashMap<>();
        rows.each(OutputFile.REJECTS, row -> {
            List<BilledMonth.Reject> shown = rejects.computeIfAbsent(row.get("reason"), reason -> new ArrayList<>());
            if (shown.size() < REJECTS_SHOWN) {
                shown.add(new BilledMonth.Reject(row.get("source_file"), Long.parseLong(row.get("line_number")),
                        row.get("reason"), row.get("message"), row.get("raw_line")));
            }
        });
        return new BilledMonth(summary, List.copyOf(invoices), List.copyOf(refunds), List.copyOf(corrections),
                rejects);
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
