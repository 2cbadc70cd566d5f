package com.supportbilling.job.summary;

import com.supportbilling.core.money.Money;
import com.supportbilling.intake.csv.CsvFile;
import com.supportbilling.intake.csv.CsvHeader;
import com.supportbilling.intake.csv.CsvRecord;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The staged output files read back as written, so that the summary and its reconciliation describe
 * the files a reader will get, not what the job meant to write.
 */
final class StagedOutputs {

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

    static StagedOutputs read(OutputFolders folders) {
        StagedOutputs outputs = new StagedOutputs();
        each(folders.staged(OutputFile.INVOICES), (header, row) -> outputs.invoices.put(header.value(row, "invoice_id"),
                new Invoice(decimal(header, row, "subtotal"), decimal(header, row, "tax"), decimal(header, row, "total"),
                        Long.parseLong(header.value(row, "line_count")))));
        each(folders.staged(OutputFile.INVOICE_LINES), (header, row) -> outputs.linesByInvoice
                .computeIfAbsent(header.value(row, "invoice_id"), key -> new Lines()).add(decimal(header, row, "amount")));
        each(folders.staged(OutputFile.REFUNDS), (header, row) -> {
            BigDecimal amount = decimal(header, row, "refund_amount");
            BigDecimal tax = decimal(header, row, "tax_refund");
            BigDecimal total = decimal(header, row, "total_refund");
            outputs.refundCount++;
            outputs.refundAmount = outputs.refundAmount.add(amount);
            outputs.refundTax = outputs.refundTax.add(tax);
            outputs.refundTotal = outputs.refundTotal.add(total);
            if (amount.add(tax).compareTo(total) != 0) {
                outputs.refundsNotAddingUp++;
            }
        });
        each(folders.staged(OutputFile.ALLOCATIONS), (header, row) -> {
            outputs.allocationCount++;
            outputs.allocationTotal = outputs.allocationTotal.add(decimal(header, row, "allocated_amount"));
        });
        each(folders.staged(OutputFile.REJECTS), (header, row) -> outputs.rejectsByFile
                .merge(header.value(row, "source_file"), 1L, Long::sum));
        return outputs;
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
