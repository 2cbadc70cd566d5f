package com.supportbilling.application;

import com.supportbilling.intake.FileCount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The proofs that nothing was lost (R10): Σ invoice lines = Σ subtotals (and invoice by invoice),
 * subtotal + tax = total, Σ accepted usage = Σ bases + excluded, the bases in the ledger are the
 * bases summed, and for every file rows read = accepted + rejected, with each rejected row in
 * rejects.csv.
 */
public final class Reconciliation {

    private final List<RunSummary.Check> checks = new ArrayList<>();

    /** A rerun's corrections sum to how much the billed lines and refunds changed. */
    public Reconciliation corrections(BigDecimal sumOfDifferences, BigDecimal changeOfTotals) {
        check("corrections sum to the change of what was billed", equal(sumOfDifferences, changeOfTotals),
                sumOfDifferences + " = " + changeOfTotals);
        return this;
    }

    RunSummary.Reconciliation of(BilledOutputs outputs, UsageIntakeResult usage, BigDecimal ledgerBaseTotal,
            List<FileCount> files) {
        BigDecimal linesTotal = outputs.linesTotal();
        BigDecimal subtotals = outputs.sum(BilledOutputs.Invoice::subtotal);
        check("invoice lines sum to invoice subtotals", equal(linesTotal, subtotals), linesTotal + " = " + subtotals);
        long invoicesOff = outputs.invoices.entrySet().stream().filter(entry -> {
            BilledOutputs.Lines lines = outputs.linesByInvoice.get(entry.getKey());
            BilledOutputs.Invoice invoice = entry.getValue();
            return lines == null || lines.count != invoice.lineCount() || !equal(lines.total, invoice.subtotal())
                    || !equal(invoice.subtotal().add(invoice.tax()), invoice.total());
        }).count();
        check("each invoice: its lines sum to its subtotal, subtotal + tax = total", invoicesOff == 0,
                invoicesOff + " of " + outputs.invoices.size() + " invoices do not add up");
        long orphanLines = outputs.linesByInvoice.keySet().stream().filter(id -> !outputs.invoices.containsKey(id)).count();
        check("every line belongs to an invoice", orphanLines == 0, orphanLines + " invoice ids of lines have no invoice");
        check("each refund: amount + tax = total", outputs.refundsNotAddingUp == 0,
                outputs.refundsNotAddingUp + " of " + outputs.refundCount + " refunds do not add up");
        BigDecimal basesPlusExcluded = usage.baseTotal().add(usage.excludedTotal());
        check("accepted usage = fee bases + excluded", equal(usage.acceptedTotal(), basesPlusExcluded),
                usage.acceptedTotal() + " = " + usage.baseTotal() + " + " + usage.excludedTotal());
        check("the ledger holds the fee bases summed", equal(ledgerBaseTotal, usage.baseTotal()),
                ledgerBaseTotal + " = " + usage.baseTotal());
        List<String> filesOff = new ArrayList<>();
        for (FileCount file : files) {
            long listed = outputs.rejectsByFile.getOrDefault(file.file(), 0L);
            if (file.read() != file.accepted() + file.rejected() || listed != file.rejected()) {
                filesOff.add(file.file() + " (" + file.rejected() + " rejected, " + listed + " in rejects.csv)");
            }
        }
        long unknownRejects = outputs.rejectsByFile.keySet().stream()
                .filter(name -> files.stream().noneMatch(file -> file.file().equals(name))).count();
        check("each file: rows read = accepted + rejected, every rejected row in rejects.csv",
                filesOff.isEmpty() && unknownRejects == 0, filesOff.isEmpty() ? files.size() + " files"
                        : String.join("; ", filesOff));
        boolean holds = checks.stream().allMatch(RunSummary.Check::holds);
        return new RunSummary.Reconciliation(holds, linesTotal, subtotals, usage.acceptedTotal(), basesPlusExcluded,
                List.copyOf(checks));
    }

    private void check(String name, boolean holds, String detail) {
        checks.add(new RunSummary.Check(name, holds, detail));
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
