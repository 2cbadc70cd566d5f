package com.supportbilling.partition.worker;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.usage.UsageFile;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.PartitionIntake;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import com.supportbilling.intake.usage.block.UsageMemory;
import com.supportbilling.partition.PartitionFolders;
import com.supportbilling.partition.UsagePartition;
import com.supportbilling.settings.BillingProperties;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the blocks of the partition its step execution names, parsed ahead by the worker's threads, in
 * file order. Keeps no position: a partition is read again from its start, into its step execution's
 * emptied folder, on every attempt (D93).
 */
class PartitionReader implements ItemStreamReader<ParsedBlock> {

    private final StepExecution partition;
    private final WorkerRuns runs;
    private final BillingProperties properties;
    private final Executor parsers;
    private PartitionIntake intake;
    private Path results;
    private boolean exhausted;

    PartitionReader(StepExecution partition, WorkerRuns runs, BillingProperties properties, Executor parsers) {
        this.partition = partition;
        this.runs = runs;
        this.properties = properties;
        this.parsers = parsers;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        WorkerRuns.WorkerRun run = runs.of(partition.getJobExecution());
        UsagePartition usage = UsagePartition.from(partition.getExecutionContext());
        results = PartitionFolders.emptied(PartitionFolders.of(run.context().parameters()).of(usage.name(), partition.getId()));
        List<UsageFile> files = run.context().input().usageFiles();
        intake = new PartitionIntake(engine(run, files, properties, parsers, results), files, usage.fileIndex(),
                usage.start(), usage.end(), usage.firstLine(), usage.wholeFile(), properties.usageBlockSize());
        exhausted = false;
    }

    /**
     * The engine a partition of {@code run} is read with: the month's indexed accounts, fee base and amount limit;
     * a memory budget of 0, so that every fingerprint goes to {@code results}' fingerprints folder.
     */
    static UsageIntakeEngine engine(WorkerRuns.WorkerRun run, List<UsageFile> files, BillingProperties properties,
            Executor parsers, Path results) {
        RunContext context = run.context();
        return new UsageIntakeEngine(context.month(), run.accounts(), context.feeBasePolicy(),
                context.amountLimit(), files, properties.usageBlockSize(), parsers,
                new UsageMemory(0, results.resolve(PartitionIntake.FINGERPRINTS), properties.usageThreadCount()));
    }

    @Override
    public ParsedBlock read() {
        ParsedBlock block = intake.next();
        exhausted = block == null;
        return block;
    }

    boolean isExhausted() {
        return exhausted;
    }

    PartitionIntake intake() {
        return intake;
    }

    Path results() {
        return results;
    }

    @Override
    public void close() {
        if (intake != null) {
            intake.close();
        }
    }
}
