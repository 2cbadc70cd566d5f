package com.supportbilling.job.invoicing;

import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.CsvFileWriters;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.OutputRows;
import com.supportbilling.output.StagedPart;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Writes payers' statements: invoices, their lines, refunds, allocations and warnings to the staged
 * files, and the lines and refunds to the ledger — all in the chunk's transaction, so a restart
 * neither loses nor repeats a payer.
 */
public class StatementWriter implements ItemStreamWriter<PayerStatement> {

    private final FlatFileItemWriter<String[]> invoices;
    private final FlatFileItemWriter<String[]> lines;
    private final FlatFileItemWriter<String[]> refunds;
    private final FlatFileItemWriter<String[]> allocations;
    private final FlatFileItemWriter<String> warnings;
    private final List<FlatFileItemWriter<?>> files;
    private final Ledger ledger;
    private final OutputFolders folders;

    StatementWriter(OutputFolders folders, Ledger ledger) {
        this.folders = folders;
        this.ledger = ledger;
        this.invoices = staged("invoices", OutputFile.INVOICES);
        this.lines = staged("invoiceLines", OutputFile.INVOICE_LINES);
        this.refunds = staged("refunds", OutputFile.REFUNDS);
        this.allocations = staged("allocations", OutputFile.ALLOCATIONS);
        this.warnings = CsvFileWriters.lines("warnings", folders.part(StagedPart.WARNINGS));
        this.files = List.of(invoices, lines, refunds, allocations, warnings);
    }

    private FlatFileItemWriter<String[]> staged(String name, OutputFile file) {
        return CsvFileWriters.restartable(name, folders.staged(file), file.header());
    }

    @Override
    public void write(Chunk<? extends PayerStatement> statements) throws Exception {
        Chunk<String[]> invoiceRows = new Chunk<>();
        Chunk<String[]> lineRows = new Chunk<>();
        Chunk<String[]> refundRows = new Chunk<>();
        Chunk<String[]> allocationRows = new Chunk<>();
        Chunk<String> warningRows = new Chunk<>();
        for (PayerStatement statement : statements) {
            statement.invoice().ifPresent(invoice -> {
                invoiceRows.add(OutputRows.invoice(invoice));
                OutputRows.lines(invoice).forEach(lineRows::add);
            });
            statement.refunds().forEach(refund -> refundRows.add(OutputRows.refund(refund)));
            statement.allocations().forEach(allocation -> allocationRows.add(OutputRows.allocation(allocation)));
            statement.warnings().forEach(warningRows::add);
        }
        invoices.write(invoiceRows);
        lines.write(lineRows);
        refunds.write(refundRows);
        allocations.write(allocationRows);
        warnings.write(warningRows);
        ledger.record(folders.month(), folders.revision(), List.copyOf(statements.getItems()));
    }

    @Override
    public void open(ExecutionContext executionContext) {
        files.forEach(file -> file.open(executionContext));
    }

    @Override
    public void update(ExecutionContext executionContext) {
        files.forEach(file -> file.update(executionContext));
    }

    @Override
    public void close() {
        files.forEach(FlatFileItemWriter::close);
    }
}
