package com.supportbilling.cli;

import com.supportbilling.job.summary.RunSummary;
import com.supportbilling.run.RunOutcome;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/** The short human summary a run ends with: what was billed, refunded and rejected, and where it is. */
final class RunReport {

    private static final int SHOWN_WARNINGS = 5;

    private RunReport() {
    }

    static String of(RunOutcome outcome) {
        RunSummary summary = outcome.summary();
        StringBuilder text = new StringBuilder(outcome.message()).append('\n');
        long usageFiles = summary.files().stream().filter(file -> file.file().toLowerCase().startsWith("usage")).count();
        long usageRows = summary.files().stream().filter(file -> file.file().toLowerCase().startsWith("usage"))
                .mapToLong(RunSummary.FileRows::rowsRead).sum();
        text.append(String.format("  usage      %,d rows in %d file(s); fee base %s%n", usageRows, usageFiles,
                money(summary.usage().eligibleBaseTotal())));
        text.append(String.format("  invoices   %,d: subtotal %s, tax %s, total %s%n", summary.invoices().count(),
                money(summary.invoices().subtotal()), money(summary.invoices().tax()), money(summary.invoices().total())));
        text.append(String.format("  refunds    %,d: total %s%n", summary.refunds().count(), money(summary.refunds().total())));
        text.append(String.format("  rejected   %,d of %,d rows read (limit %,d)%s%n", summary.rows().rejected(),
                summary.rows().read(), summary.rows().skipLimit(), rejects(outcome)));
        if (summary.corrections() != null) {
            text.append(String.format("  corrected  %,d lines against revision %d: lines %s, refunds %s (corrections.csv)%n",
                    summary.corrections().count(), summary.corrections().previousRevision(),
                    money(summary.corrections().linesDifference()), money(summary.corrections().refundsDifference())));
        }
        summary.warnings().stream().limit(SHOWN_WARNINGS)
                .forEach(warning -> text.append("  warning    ").append(warning).append('\n'));
        if (summary.warnings().size() > SHOWN_WARNINGS) {
            text.append(String.format("  warning    … and %,d more in summary.json%n", summary.warnings().size() - SHOWN_WARNINGS));
        }
        return text.toString();
    }

    private static String rejects(RunOutcome outcome) {
        if (outcome.summary().rows().rejected() == 0) {
            return "";
        }
        String reasons = outcome.summary().rejectedByReason().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        return ": " + reasons + (outcome.published() == null ? "" : "; see rejects.csv");
    }

    private static String money(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }
}
