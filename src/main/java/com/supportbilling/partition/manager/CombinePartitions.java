package com.supportbilling.partition.manager;

import com.supportbilling.application.RunContext;
import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.intake.usage.UsageFigures;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.PartitionCombiner;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import com.supportbilling.intake.usage.block.UsageMemory;
import com.supportbilling.job.usage.UsageIntakeConfiguration;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.logging.OperatorLog;
import com.supportbilling.output.CsvRows;
import com.supportbilling.output.Json;
import com.supportbilling.output.OutputRows;
import com.supportbilling.output.StagedPart;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.partition.worker.PartitionResults;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The manager's {@code usageIntake} step (D95): what the workers wrote for every partition, combined into
 * what the local intake leaves — the staged usage rejects (the partitions' in plan order, which is file
 * order), the duplicates found across partitions staged apart as late rejects, every account's fee base in
 * the ledger and the intake's figures in this step's context, in one transaction. The partitions' folder is
 * removed once the run has published ({@link PartitionsRemoval}).
 */
@Component
@Profile(PartitionRoles.MANAGER)
class CombinePartitions implements Tasklet {

    private static final Logger log = OperatorLog.get();

    private final RunContext run;
    private final BillingProperties properties;
    private final Ledger ledger;
    private final Json json;
    private final Executor parsers;
    private final JobRepository repository;

    CombinePartitions(RunContext run, BillingProperties properties, Ledger ledger, Json json,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor parsers, JobRepository repository) {
        this.repository = repository;
        this.run = run;
        this.properties = properties;
        this.ledger = ledger;
        this.json = json;
        this.parsers = parsers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long started = System.nanoTime();
        List<Path> results = results(chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance());
        List<UsageFile> files = run.input().usageFiles();
        int threads = properties.usageThreadCount();
        UsageIntakeEngine engine = new UsageIntakeEngine(run.month(), run.reference().accounts().keySet(),
                run.feeBasePolicy(), run.amountLimit(), files, properties.usageBlockSize(), parsers,
                new UsageMemory(0, PartitionFolders.of(run.parameters()).root().resolve("combining"), threads));
        concatenate(results, run.folders().part(StagedPart.USAGE_REJECTS));
        CsvRows rows = new CsvRows();
        UsageFigures figures;
        try (BufferedWriter late = Files.newBufferedWriter(run.folders().part(StagedPart.USAGE_LATE_REJECTS),
                StandardCharsets.UTF_8)) {
            figures = new PartitionCombiner(engine, files, properties.usageBlockSize(), parsers, threads)
                    .combine(results, rejection -> {
                        try {
                            late.write(rows.format(OutputRows.rejection(rejection)));
                            late.write('\n');
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        ledger.saveBases(run.month(), run.revision(), figures.bases());
        UsageIntakeResult result = UsageIntakeResult.of(figures);
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putString(UsageIntakeResult.CONTEXT_KEY, json.write(result));
        log.info("usage of {} combined from {} partitions in {} ms: {} rows, {} rejected", run.month(), results.size(),
                (System.nanoTime() - started) / 1_000_000, result.rowsRead(), result.rowsRejected());
        return RepeatStatus.FINISHED;
    }

    /**
     * The results folder of every partition of the plan, in plan order: its last attempt's, which completed
     * (D96). An attempt of a run that was given up, or of a worker that lost the partition, left its own
     * folder, which is not read.
     */
    private List<Path> results(JobInstance job) {
        PartitionFolders folders = PartitionFolders.of(run.parameters());
        List<UsagePartition> plan = folders.plan().orElseThrow(() -> new IllegalStateException("the partition plan of "
                + run.month() + " is gone from " + folders.root() + ", and with it the results of the partitions read"));
        List<Path> results = new ArrayList<>();
        for (UsagePartition partition : plan) {
            StepExecution last = repository.getLastStepExecution(job, PartitionRoles.WORKER_STEP + ":" + partition.name());
            Path folder = last == null ? null : folders.of(partition.name(), last.getId());
            if (last == null || last.getStatus() != BatchStatus.COMPLETED || !PartitionResults.isComplete(folder)) {
                throw new IllegalStateException("the results of " + partition.describe() + " are missing from "
                        + folders.root() + " though its worker completed it");
            }
            results.add(folder);
        }
        return results;
    }

    /** The partitions' rejects, one after the other: each in file order, the partitions in plan order. */
    private static void concatenate(List<Path> results, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (Path folder : results) {
                Files.copy(PartitionResults.rejects(folder), out);
            }
        }
    }
}
