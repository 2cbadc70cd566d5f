package com.supportbilling.output;

import java.util.List;

/** The files of a month's output folder (docs/file-formats.md), with their header rows. */
public enum OutputFile {

    INVOICES("invoices.csv", List.of("invoice_id", "billing_month", "payer_account_id", "subtotal", "tax_rate", "tax",
            "total", "currency", "line_count")),
    INVOICE_LINES("invoice-lines.csv", List.of("invoice_id", "line_no", "account_id", "line_type", "plan_code",
            "service_month", "days", "days_in_month", "fee_base", "amount", "description")),
    REFUNDS("refund-ledger.csv", List.of("refund_id", "billing_month", "payer_account_id", "account_id", "plan_code",
            "reason", "unused_days", "days_in_month", "refund_amount", "tax_refund", "total_refund")),
    ALLOCATIONS("allocations.csv", List.of("billing_month", "payer_account_id", "plan_code", "account_id",
            "prorated_base", "allocated_amount")),
    CORRECTIONS("corrections.csv", List.of("invoice_id", "previous_invoice_id", "account_id", "line_type", "plan_code",
            "service_month", "previous_amount", "amount", "difference")),
    REJECTS("rejects.csv", List.of("source_file", "line_number", "reason", "message", "raw_line")),
    SUMMARY("summary.json", List.of());

    private final String fileName;
    private final List<String> header;

    OutputFile(String fileName, List<String> header) {
        this.fileName = fileName;
        this.header = header;
    }

    public String fileName() {
        return fileName;
    }

    public String[] header() {
        return header.toArray(String[]::new);
    }
}
