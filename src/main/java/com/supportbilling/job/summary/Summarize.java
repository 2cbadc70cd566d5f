package com.supportbilling.job.summary;

import com.supportbilling.intake.FileCount;
import com.supportbilling.intake.reference.ReferenceData;
import com.supportbilling.job.RunContext;
import com.supportbilling.job.usage.UsageIntakeResult;
import com.supportbilling.job.usage.UsageIntakeResults;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.ledger.RunRecord;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputFile;
import com.supportbilling.output.OutputFolders;
import com.supportbilling.output.RejectsFile;
import com.supportbilling.output.StagedPart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Assembles rejects.csv, reads the staged outputs back, reconciles them with the intake's figures
 * and writes summary.json. When the reconciliation does not hold, the run fails: nothing is published.
 */
@Component
public class Summarize implements Tasklet {

    private final RunContext run;
    private final Ledger ledger;
    private final UsageIntakeResults results;
    private final Json json;

    public Summarize(RunContext run, Ledger ledger, UsageIntakeResults results, Json json) {
        this.run = run;
        this.ledger = ledger;
        this.results = results;
        this.json = json;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        OutputFolders folders = run.folders();
        RejectsFile.assemble(folders);
        UsageIntakeResult usage = results.of(chunkContext.getStepContext().getStepExecution());
        ReferenceData reference = run.reference();
        List<FileCount> files = new ArrayList<>(reference.counts());
        files.addAll(usage.files());
        StagedOutputs outputs = StagedOutputs.read(folders);
        BigDecimal ledgerBases = ledger.bases(run.month(), run.revision()).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        RunSummary.Reconciliation reconciliation = new Reconciliation().of(outputs, usage, ledgerBases, files);
        RunSummary summary = summary(files, usage, outputs, reconciliation);
        Path target = folders.staged(OutputFile.SUMMARY);
        Files.writeString(target, json.write(summary) + "\n", StandardCharsets.UTF_8);
        if (!reconciliation.holds()) {
            List<String> failed = reconciliation.checks().stream().filter(check -> !check.holds())
                    .map(check -> check.name() + " (" + check.detail() + ")").toList();
            throw new IllegalStateException("The outputs of " + run.month() + " do not reconcile: "
                    + String.join("; ", failed) + ". Nothing was published; the staged files are in "
                    + folders.staging() + ".");
        }
        return RepeatStatus.FINISHED;
    }

    private RunSummary summary(List<FileCount> files, UsageIntakeResult usage, StagedOutputs outputs,
            RunSummary.Reconciliation reconciliation) throws IOException {
        long read = files.stream().mapToLong(FileCount::read).sum();
        long rejected = files.stream().mapToLong(FileCount::rejected).sum();
        Map<String, Long> byReason = new LinkedHashMap<>();
        run.reference().rejections().forEach(rejection -> byReason.merge(rejection.reason().name(), 1L, Long::sum));
        usage.rejectedByReason().forEach((reason, count) -> byReason.merge(reason, count, Long::sum));
        LocalDateTime started = ledger.runs(run.month()).stream().filter(record -> record.revision() == run.revision())
                .map(RunRecord::startedAt).findFirst().orElse(LocalDateTime.now());
        return new RunSummary(run.month().toString(), run.revision(), "COMPLETED",
                started.atZone(ZoneId.systemDefault()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString(),
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                run.parameters().inputFolder().toAbsolutePath().toString(),
                files.stream().map(file -> new RunSummary.FileRows(file.file(), file.read(), file.accepted(), file.rejected()))
                        .toList(),
                new RunSummary.Rows(read, read - rejected, rejected, run.skipLimit(usage.rowsRead())),
                byReason,
                new RunSummary.Usage(usage.acceptedTotal(), usage.baseTotal(), usage.excludedTotal(),
                        usage.excludedByCause(), usage.accountsWithBase()),
                new RunSummary.Invoices(outputs.invoices.size(), outputs.lineCount(),
                        outputs.sum(StagedOutputs.Invoice::subtotal), outputs.sum(StagedOutputs.Invoice::tax),
                        outputs.sum(StagedOutputs.Invoice::total)),
                new RunSummary.Refunds(outputs.refundCount, outputs.refundAmount, outputs.refundTax, outputs.refundTotal),
                new RunSummary.Allocations(outputs.allocationCount, outputs.allocationTotal),
                warnings(),
                reconciliation);
    }

    private List<String> warnings() throws IOException {
        List<String> warnings = new ArrayList<>();
        if (run.input().taxRates().isEmpty()) {
            warnings.add("the input has no tax-rates.csv: the default tax table shipped with the application was used");
        }
        Path part = run.folders().part(StagedPart.WARNINGS);
        if (Files.exists(part)) {
            warnings.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        return warnings;
    }
}
