package com.supportbilling.job.summary;

import com.supportbilling.application.BilledOutputs;
import com.supportbilling.application.Reconciliation;
import com.supportbilling.application.RunContext;
import com.supportbilling.application.RunSummaries;
import com.supportbilling.application.RunSummary;
import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.core.money.Money;
import com.supportbilling.core.revision.Correction;
import com.supportbilling.core.revision.Corrections;
import com.supportbilling.core.revision.LedgerEntry;
import com.supportbilling.documents.SellerDetails;
import com.supportbilling.job.usage.UsageIntakeResults;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.ledger.RunRecord;
import com.supportbilling.output.CsvRows;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.OutputRows;
import com.supportbilling.output.RejectsFile;
import com.supportbilling.output.StagedPart;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Assembles rejects.csv and, for a rerun, corrections.csv; reads the staged outputs back, reconciles
 * them with the intake's figures and writes summary.json. When the reconciliation does not hold, the
 * run fails: nothing is published. Rewrites everything it writes, so it can run again after a crash.
 */
@Component
public class Summarize implements Tasklet {

    private final RunContext run;
    private final Ledger ledger;
    private final UsageIntakeResults results;
    private final Json json;
    private final SellerDetails seller;

    public Summarize(RunContext run, Ledger ledger, UsageIntakeResults results, Json json, SellerDetails seller) {
        this.run = run;
        this.ledger = ledger;
        this.results = results;
        this.json = json;
        this.seller = seller;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        OutputFolders folders = run.folders();
        RejectsFile.assemble(folders);
        UsageIntakeResult usage = results.of(chunkContext.getStepContext().getStepExecution());
        Reconciliation reconciliation = new Reconciliation();
        RevisionChange change = run.revision() > 1 ? revisionChange() : null;
        RunSummary.Corrections corrections = change == null ? null : writeCorrections(folders, change, reconciliation);
        List<Correction> changed = change == null ? List.of() : change.corrections();
        BigDecimal ledgerBases = ledger.bases(run.month(), run.revision()).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        RunSummary summary = RunSummaries.summarize(RunSummary.COMPLETED, run, started(), usage,
                BilledOutputs.read(folders), ledgerBases, reconciliation, corrections, warnings(usage, changed));
        Files.writeString(folders.staged(OutputFile.SUMMARY), json.write(summary) + "\n", StandardCharsets.UTF_8);
        if (!summary.reconciliation().holds()) {
            List<String> failed = summary.reconciliation().checks().stream().filter(check -> !check.holds())
                    .map(check -> check.name() + " (" + check.detail() + ")").toList();
            throw new IllegalStateException("The outputs of " + run.month() + " do not reconcile: "
                    + String.join("; ", failed) + ". Nothing was published; the staged files are in "
                    + folders.staging() + ".");
        }
        return RepeatStatus.FINISHED;
    }

    /** R11: the ledger entries of this revision and of the one before, and what changed between them. */
    private record RevisionChange(List<LedgerEntry> before, List<LedgerEntry> now, List<Correction> corrections) {
    }

    private RevisionChange revisionChange() {
        List<LedgerEntry> before = ledger.entries(run.month(), run.revision() - 1);
        List<LedgerEntry> now = ledger.entries(run.month(), run.revision());
        return new RevisionChange(before, now, Corrections.between(before, now, run.month(), run.revision()));
    }

    /** R11: corrections.csv. */
    private RunSummary.Corrections writeCorrections(OutputFolders folders, RevisionChange change,
            Reconciliation reconciliation) throws IOException {
        List<Correction> corrections = change.corrections();
        CsvRows rows = new CsvRows();
        try (BufferedWriter out = Files.newBufferedWriter(folders.staged(OutputFile.CORRECTIONS), StandardCharsets.UTF_8)) {
            out.write(rows.format(OutputFile.CORRECTIONS.header()));
            out.write('\n');
            for (Correction correction : corrections) {
                out.write(rows.format(OutputRows.correction(correction)));
                out.write('\n');
            }
        }
        BigDecimal lines = difference(corrections, false);
        BigDecimal refunds = difference(corrections, true);
        reconciliation.corrections(lines.add(refunds), total(change.now()).subtract(total(change.before())));
        return new RunSummary.Corrections(run.revision() - 1, corrections.size(), lines, refunds);
    }

    private static BigDecimal difference(List<Correction> corrections, boolean refunds) {
        return corrections.stream().filter(correction -> correction.isRefund() == refunds)
                .map(Correction::difference).reduce(Money.ZERO, BigDecimal::add);
    }

    private static BigDecimal total(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private OffsetDateTime started() {
        LocalDateTime started = ledger.runs(run.month()).stream().filter(record -> record.revision() == run.revision())
                .map(RunRecord::startedAt).findFirst().orElse(LocalDateTime.now());
        return started.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private List<String> warnings(UsageIntakeResult usage, List<Correction> corrections) throws IOException {
        List<String> warnings = RunSummaries.runWarnings(run, usage);
        seller.warning().ifPresent(warnings::add);
        // D27: the next month, already billed, settled an earlier revision's advances; it is not changed by itself,
        // and needs billing again only when this revision changed a line of that month (an advance)
        YearMonth next = run.month().plusMonths(1);
        if (corrections.stream().anyMatch(correction -> next.equals(correction.serviceMonth()))) {
            ledger.latestCompleted(next).ifPresent(billed -> warnings.add(next + " was billed (revision "
                    + billed.revision() + ") on the advances of an earlier revision of " + run.month()
                    + ", which this revision changed: bill " + next + " again with --rerun so that it settles the"
                    + " advances of this revision"));
        }
        Path part = run.folders().part(StagedPart.WARNINGS);
        if (Files.exists(part)) {
            warnings.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        return warnings;
    }
}
