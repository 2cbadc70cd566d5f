package com.supportbilling.run;

import com.supportbilling.application.BilledOutputs;
import com.supportbilling.application.CheckSkipLimit;
import com.supportbilling.application.PayerMonths;
import com.supportbilling.application.Reconciliation;
import com.supportbilling.application.RunContext;
import com.supportbilling.application.RunParameters;
import com.supportbilling.application.RunSummaries;
import com.supportbilling.application.RunSummary;
import com.supportbilling.application.UsageIntake;
import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.billed.MonthRows;
import com.supportbilling.core.invoice.PayerStatement;
import com.supportbilling.intake.Rejection;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.intake.usage.block.UsageAccumulator;
import com.supportbilling.job.usage.UsageIntakeConfiguration;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputRows;
import com.supportbilling.report.MonthReadables;
import com.supportbilling.settings.BillingProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@code --dry-run}: bills the month in memory with the job's own usage intake and billing, reads
 * the ledger for what was billed in advance, records and publishes nothing, and writes only the
 * report the run would publish, into a new folder of the temp folder, {@code support-billing-dry-run-<YYYY-MM>-R<n>-…}:
 * nothing in the output or state folders (D67).
 */
@Component
public class DryRun {

    private final Ledger ledger;
    private final BillingProperties properties;
    private final Executor usageParsers;
    private final MonthReadables readables;
    private final Json json;

    public DryRun(Ledger ledger, BillingProperties properties,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor usageParsers, MonthReadables readables, Json json) {
        this.ledger = ledger;
        this.properties = properties;
        this.usageParsers = usageParsers;
        this.readables = readables;
        this.json = json;
    }

    public RunOutcome bill(RunParameters parameters) {
        RunContext run = new RunContext(parameters, properties);
        ReferenceData reference = run.reference();
        List<Rejection> rejections = new ArrayList<>(reference.rejections());
        // a dry run leaves nothing in the state folder: what the duplicate check spills goes to the temp folder
        UsageAccumulator accumulator = new UsageIntake(run, usageParsers, Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("support-billing-dry-run-" + ProcessHandle.current().pid()).resolve("usage-" + run.month()))
                .readAll(rejections::add);
        UsageIntakeResult usage = UsageIntakeResult.of(accumulator);
        Optional<CheckSkipLimit.Excess> excess = CheckSkipLimit.check(run, usage);
        if (excess.isPresent()) {
            return RunOutcome.refused(ExitCode.INPUT_REFUSED, "Dry run of " + run.month() + ": " + excess.get().rejected()
                    + " rows would be rejected, over the skip limit of " + excess.get().allowed()
                    + "; a run would be refused.");
        }
        List<PayerStatement> statements = run.invoicing()
                .billAll(new PayerMonths(reference, accumulator.bases(), ledger.advancesFor(run.month())));
        List<String> warnings = RunSummaries.runWarnings(run, usage);
        statements.forEach(statement -> warnings.addAll(statement.warnings()));
        RunSummary summary = RunSummaries.summarize(RunSummary.DRY_RUN, run, OffsetDateTime.now(), usage,
                BilledOutputs.of(statements, rejections), usage.baseTotal(), new Reconciliation(), null, warnings);
        Path report = readables.writeReport(MonthRows.of(rows(statements, rejections), json.write(summary)),
                reference, reportFolder(run));
        return RunOutcome.billed("Dry run of " + run.month() + " (revision " + run.revision()
                + "): nothing was recorded or published; the report it would publish is " + report + ".", summary, null);
    }

    private static Path reportFolder(RunContext run) {
        try {
            return Files.createTempDirectory("support-billing-dry-run-" + run.month() + "-R" + run.revision() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the dry run's report in the temp folder "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
    }

    /** The rows the run's files would hold, for its report. */
    private static Map<OutputFile, List<String[]>> rows(List<PayerStatement> statements, List<Rejection> rejections) {
        Map<OutputFile, List<String[]>> rows = new EnumMap<>(OutputFile.class);
        for (PayerStatement statement : statements) {
            statement.invoice().ifPresent(invoice -> {
                rows.computeIfAbsent(OutputFile.INVOICES, file -> new ArrayList<>()).add(OutputRows.invoice(invoice));
                rows.computeIfAbsent(OutputFile.INVOICE_LINES, file -> new ArrayList<>()).addAll(OutputRows.lines(invoice));
            });
            statement.refunds().forEach(refund -> rows.computeIfAbsent(OutputFile.REFUNDS, file -> new ArrayList<>())
                    .add(OutputRows.refund(refund)));
        }
        rejections.forEach(rejection -> rows.computeIfAbsent(OutputFile.REJECTS, file -> new ArrayList<>())
                .add(OutputRows.rejection(rejection)));
        return rows;
    }
}
