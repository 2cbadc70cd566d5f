package com.supportbilling.job.usage;

import com.supportbilling.BillingProperties;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
import com.supportbilling.intake.usage.block.UsageMemory;
import com.supportbilling.job.RunContext;
import com.supportbilling.job.progress.UsageProgress;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.CsvFileWriters;
import com.supportbilling.output.Json;
import com.supportbilling.output.StagedPart;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import com.supportbilling.partition.PartitionRoles;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The parallel usage intake (the default): a thread reads the files ahead as blocks of whole records,
 * {@code billing.usage-threads} threads parse and validate blocks at once, and the step takes them in
 * file order — duplicates, bases and rejects come out as the sequential intake makes them — while the
 * next blocks are read and parsed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "billing.usage-intake", havingValue = "parallel", matchIfMissing = true)
@Profile("!" + PartitionRoles.MANAGER)
public class ParallelUsageIntakeConfiguration {

    @Bean
    Step usageIntakeStep(JobRepository repository, PlatformTransactionManager transactionManager,
            BillingProperties properties, UsageBlockItemReader usageBlockReader, UsageBlockWriter usageBlockWriter,
            UsageProgress usageProgress) {
        return new StepBuilder(UsageIntakeConfiguration.STEP, repository)
                .<ParsedBlock, ParsedBlock>chunk(properties.usageBlocksPerChunk())
                .transactionManager(transactionManager)
                .reader(usageBlockReader)
                .writer(usageBlockWriter)
                .listener(usageProgress)
                .build();
    }

    /** One engine per step execution, shared by its reader, parser and writer (not proxied: only they use it). */
    @Bean
    @Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
    UsageIntakeEngine usageIntakeEngine(RunContext run, BillingProperties properties,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor usageParsers) {
        return new UsageIntakeEngine(run.month(), run.reference().accounts().keySet(), run.feeBasePolicy(),
                run.amountLimit(), run.input().usageFiles(), properties.usageBlockSize(), usageParsers,
                new UsageMemory(properties.usageMemoryBytes(), properties.stateDir().resolve("work")
                        .resolve("usage-" + run.month() + "-R" + run.revision()), properties.usageThreadCount()));
    }

    @Bean
    @StepScope
    UsageBlockItemReader usageBlockReader(UsageIntakeEngine usageIntakeEngine) {
        return new UsageBlockItemReader(usageIntakeEngine);
    }

    @Bean
    @StepScope
    UsageBlockWriter usageBlockWriter(RunContext run, UsageBlockItemReader usageBlockReader,
            UsageIntakeEngine usageIntakeEngine, Ledger ledger, Json json) {
        return new UsageBlockWriter(usageBlockReader, usageIntakeEngine,
                CsvFileWriters.fresh("usageRejects", run.folders().part(StagedPart.USAGE_REJECTS), new String[0]),
                CsvFileWriters.fresh("usageLateRejects", run.folders().part(StagedPart.USAGE_LATE_REJECTS), new String[0]),
                new UsageIntakeRecorder(ledger, run.month(), run.revision(), json::write));
    }
}
