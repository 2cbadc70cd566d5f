package com.supportbilling.application;

import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.RejectReason;
import com.supportbilling.intake.export.ExportVersion;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a run's summary and its reconciliation from what it read and what it billed. */
public final class RunSummaries {

    private RunSummaries() {
    }

    public static RunSummary summarize(String status, RunContext run, OffsetDateTime started, UsageIntakeResult usage,
            BilledOutputs outputs, BigDecimal ledgerBaseTotal, Reconciliation reconciliation,
            RunSummary.Corrections corrections, List<String> warnings) {
        List<FileCount> files = new ArrayList<>(run.reference().counts());
        files.addAll(usage.files());
        long read = files.stream().mapToLong(FileCount::read).sum();
        long rejected = files.stream().mapToLong(FileCount::rejected).sum();
        Map<String, Long> byReason = new LinkedHashMap<>();
        run.reference().rejections().forEach(rejection -> byReason.merge(rejection.reason().name(), 1L, Long::sum));
        usage.rejectedByReason().forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
        return new RunSummary(run.month().toString(), run.revision(), status,
                started.truncatedTo(ChronoUnit.SECONDS).toString(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                run.parameters().inputFolder().toAbsolutePath().toString(),
                run.input().export().map(ExportVersion::describe).orElse(null),
                files.stream().map(file -> new RunSummary.FileRows(file.file(), file.read(), file.accepted(), file.rejected()))
                        .toList(),
                new RunSummary.Rows(read, read - rejected, rejected, run.skipLimit().allowed(usage.rowsRead())),
                byReason,
                new RunSummary.Usage(usage.acceptedTotal(), usage.baseTotal(), usage.excludedTotal(),
                        usage.excludedByCause(), usage.accountsWithBase()),
                new RunSummary.Invoices(outputs.invoices.size(), outputs.lineCount(),
                        outputs.sum(BilledOutputs.Invoice::subtotal), outputs.sum(BilledOutputs.Invoice::tax),
                        outputs.sum(BilledOutputs.Invoice::total)),
                new RunSummary.Refunds(outputs.refundCount, outputs.refundAmount, outputs.refundTax, outputs.refundTotal),
                new RunSummary.Allocations(outputs.allocationCount, outputs.allocationTotal),
                corrections,
                warnings,
                reconciliation.of(outputs, usage, ledgerBaseTotal, files));
    }

    /** Warnings of the run as a whole, before the payers' own. */
    public static List<String> runWarnings(RunContext run, UsageIntakeResult usage) {
        List<String> warnings = new ArrayList<>();
        if (run.input().taxRates().isEmpty()) {
            warnings.add("the input has no tax-rates.csv: the default tax table shipped with the application was used");
        }
        run.input().unreadUsageLookalikes().ifPresent(warnings::add);
        warnings.addAll(run.reference().warnings());
        // D13: an empty usage file bills the minimums only, which the operator should know before sending
        usage.files().stream().filter(file -> file.read() == 0).forEach(file -> warnings.add(file.file()
                + " has no usage row: its accounts are billed their minimums only"));
        // so does a month whose every row is rejected, which stays under the skip limit when the rows are few
        long read = usage.files().stream().mapToLong(FileCount::read).sum();
        if (read > 0 && usage.files().stream().mapToLong(FileCount::rejected).sum() == read) {
            long otherMonths = usage.rejectedByReason().getOrDefault(RejectReason.WRONG_PERIOD.name(), 0L);
            warnings.add("every usage row (" + read + ") was rejected, so the accounts are billed their minimums only"
                    + (otherMonths == 0 ? "" : "; " + otherMonths + " of them are of another month than " + run.month()
                            + ": check that the input is this month's") + " (rejects.csv)");
        }
        return warnings;
    }
}
