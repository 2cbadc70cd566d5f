package com.supportbilling.cli;

import com.supportbilling.application.RunSummary;
import com.supportbilling.intake.reference.AccountsFile;
import com.supportbilling.intake.reference.SubscriptionsFile;
import com.supportbilling.intake.reference.TaxRatesFile;
import com.supportbilling.run.RunOutcome;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The short human summary a run ends with: what was billed, refunded and rejected, and where it is. */
final class RunReport {

    private static final int SHOWN_WARNINGS = 5;
    private static final Set<String> REFERENCE_FILES = Set.of(AccountsFile.NAME, SubscriptionsFile.NAME, TaxRatesFile.NAME);

    private RunReport() {
    }

    static String of(RunOutcome outcome) {
        RunSummary summary = outcome.summary();
        StringBuilder text = new StringBuilder(outcome.message()).append('\n');
        long usageFiles = summary.files().stream().filter(RunReport::isUsage).count();
        long usageRows = summary.files().stream().filter(RunReport::isUsage).mapToLong(RunSummary.FileRows::rowsRead).sum();
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

    /** The files of a summary are the reference files, then the usage files (an export's have other names). */
    private static boolean isUsage(RunSummary.FileRows file) {
        return !REFERENCE_FILES.contains(file.file().toLowerCase(Locale.ROOT));
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
