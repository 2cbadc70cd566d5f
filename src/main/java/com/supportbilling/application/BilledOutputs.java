package com.supportbilling.application;

import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.core.money.Money;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a run billed, in the figures the summary and its reconciliation need: read back from the staged
 * files as written — so that they describe the files a reader gets, not what the job meant to write —
 * or, for a dry run, taken from the statements in memory.
 */
public final class BilledOutputs {

    final Map<String, Invoice> invoices = new LinkedHashMap<>();
    final Map<String, Lines> linesByInvoice = new LinkedHashMap<>();
    final Map<String, Long> rejectsByFile = new LinkedHashMap<>();
    BigDecimal refundAmount = Money.ZERO;
    BigDecimal refundTax = Money.ZERO;
    BigDecimal refundTotal = Money.ZERO;
    long refundCount;
    long refundsNotAddingUp;
    BigDecimal allocationTotal = Money.ZERO;
    long allocationCount;

    /** The figures of statements billed in memory, as their files would give them. */
    public static BilledOutputs of(List<PayerStatement> statements, List<Rejection> rejections) {
        BilledOutputs outputs = new BilledOutputs();
        for (PayerStatement statement : statements) {
            statement.invoice().ifPresent(invoice -> {
                outputs.invoices.put(invoice.id(), new Invoice(invoice.subtotal(), invoice.tax(), invoice.total(),
                        invoice.lines().size()));
                Lines lines = outputs.linesByInvoice.computeIfAbsent(invoice.id(), key -> new Lines());
                invoice.lines().forEach(line -> lines.add(line.amount()));
            });
            statement.refunds().forEach(refund -> outputs.addRefund(refund.amount(), refund.tax(), refund.total()));
            statement.allocations().forEach(allocation -> outputs.addAllocation(allocation.amount()));
        }
        rejections.forEach(rejection -> outputs.rejectsByFile.merge(rejection.sourceFile(), 1L, Long::sum));
        return outputs;
    }

    public static BilledOutputs read(OutputFolders folders) {
        BilledOutputs outputs = new BilledOutputs();
        each(folders.staged(OutputFile.INVOICES), (header, row) -> outputs.invoices.put(header.value(row, "invoice_id"),
                new Invoice(decimal(header, row, "subtotal"), decimal(header, row, "tax"), decimal(header, row, "total"),
                        Long.parseLong(header.value(row, "line_count")))));
        each(folders.staged(OutputFile.INVOICE_LINES), (header, row) -> outputs.linesByInvoice
                .computeIfAbsent(header.value(row, "invoice_id"), key -> new Lines()).add(decimal(header, row, "amount")));
        each(folders.staged(OutputFile.REFUNDS), (header, row) -> outputs.addRefund(decimal(header, row, "refund_amount"),
                decimal(header, row, "tax_refund"), decimal(header, row, "total_refund")));
        each(folders.staged(OutputFile.ALLOCATIONS), (header, row) ->
                outputs.addAllocation(decimal(header, row, "allocated_amount")));
        each(folders.staged(OutputFile.REJECTS), (header, row) -> outputs.rejectsByFile
                .merge(header.value(row, "source_file"), 1L, Long::sum));
        return outputs;
    }

    private void addRefund(BigDecimal amount, BigDecimal tax, BigDecimal total) {
        refundCount++;
        refundAmount = refundAmount.add(amount);
        refundTax = refundTax.add(tax);
        refundTotal = refundTotal.add(total);
        if (amount.add(tax).compareTo(total) != 0) {
            refundsNotAddingUp++;
        }
    }

    private void addAllocation(BigDecimal amount) {
        allocationCount++;
        allocationTotal = allocationTotal.add(amount);
    }

    private static void each(Path path, BiConsumer<CsvHeader, CsvRecord> row) {
        try (CsvFile file = CsvFile.open(path)) {
            CsvHeader header = file.header();
            for (CsvRecord record = file.next(); record != null; record = file.next()) {
                if (record.isMalformed()) {
                    throw new IllegalStateException(path + " line " + record.lineNumber() + " cannot be read back: "
                            + record.malformation());
                }
                row.accept(header, record);
            }
        }
    }

    private static BigDecimal decimal(CsvHeader header, CsvRecord record, String column) {
        return new BigDecimal(header.value(record, column));
    }

    BigDecimal sum(Function<Invoice, BigDecimal> field) {
        return invoices.values().stream().map(field).reduce(Money.ZERO, BigDecimal::add);
    }

    BigDecimal linesTotal() {
        return linesByInvoice.values().stream().map(lines -> lines.total).reduce(Money.ZERO, BigDecimal::add);
    }

    long lineCount() {
        return linesByInvoice.values().stream().mapToLong(lines -> lines.count).sum();
    }

    record Invoice(BigDecimal subtotal, BigDecimal tax, BigDecimal total, long lineCount) {
    }

    static final class Lines {
        BigDecimal total = Money.ZERO;
        long count;

        void add(BigDecimal amount) {
            total = total.add(amount);
            count++;
        }
    }
}
