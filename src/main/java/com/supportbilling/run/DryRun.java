package com.supportbilling.run;

import com.supportbilling.BillingProperties;
import com.supportbilling.core.invoice.PayerBilling;
import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.intake.usage.LineItemIds;
import com.supportbilling.intake.usage.UsageRowValidator;
import com.supportbilling.intake.usage.UsageTally;
import com.supportbilling.job.RunContext;
import com.supportbilling.job.RunParameters;
import com.supportbilling.job.invoicing.PayerMonths;
import com.supportbilling.job.summary.BilledOutputs;
import com.supportbilling.job.summary.Reconciliation;
import com.supportbilling.job.summary.RunSummaries;
import com.supportbilling.job.summary.RunSummary;
import com.supportbilling.job.usage.UsageFilesReader;
import com.supportbilling.job.usage.UsageIntakeResult;
import com.supportbilling.job.usage.UsageRow;
import com.supportbilling.ledger.Ledger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * {@code --dry-run}: bills the month in memory with the job's own readers, validators and billing,
 * reads the ledger for what was billed in advance, and writes and records nothing.
 */
@Component
public class DryRun {

    private final Ledger ledger;
    private final BillingProperties properties;

    public DryRun(Ledger ledger, BillingProperties properties) {
        this.ledger = ledger;
        this.properties = properties;
    }

    public RunOutcome bill(RunParameters parameters) {
        RunContext run = new RunContext(parameters, properties);
        ReferenceData reference = run.reference();
        List<Rejection> rejections = new ArrayList<>(reference.rejections());
        UsageTally tally = readUsage(run, reference, rejections);
        UsageIntakeResult usage = UsageIntakeResult.of(tally);
        long rejected = rejections.size();
        long limit = run.skipLimit(usage.rowsRead());
        if (rejected > limit) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, "Dry run of " + run.month() + ": " + rejected
                    + " rows would be rejected, over the skip limit of " + limit + "; a run would be refused.");
        }
        PayerMonths months = new PayerMonths(reference, tally.bases(), ledger.advancesFor(run.month()));
        PayerBilling billing = new PayerBilling(run.billingMonth());
        List<PayerStatement> statements = months.payers().stream().map(months::of).map(billing::bill)
                .filter(statement -> !statement.isEmpty()).toList();
        List<String> warnings = RunSummaries.runWarnings(run);
        statements.forEach(statement -> warnings.addAll(statement.warnings()));
        RunSummary summary = RunSummaries.summarize(RunSummary.DRY_RUN, run, OffsetDateTime.now(), usage,
                BilledOutputs.of(statements, rejections), usage.baseTotal(), new Reconciliation(), null, warnings);
        return new RunOutcome(ExitCode.BILLED, "Dry run of " + run.month() + " (revision " + run.revision()
                + "): nothing was written or recorded.", summary, null);
    }

    private static UsageTally readUsage(RunContext run, ReferenceData reference, List<Rejection> rejections) {
        UsageTally tally = new UsageTally(run.feeBasePolicy());
        UsageRowValidator validator = new UsageRowValidator(run.month(), reference::isKnown, new LineItemIds());
        UsageFilesReader reader = new UsageFilesReader(run.input().usageFiles());
        reader.fileNames().forEach(tally::file);
        reader.open(new ExecutionContext());
        try {
            for (UsageRow row = reader.read(); row != null; row = reader.read()) {
                tally.add(validator.validate(row.file(), row.columns(), row.record())).ifPresent(rejections::add);
            }
        } finally {
            reader.close();
        }
        return tally;
    }
}
