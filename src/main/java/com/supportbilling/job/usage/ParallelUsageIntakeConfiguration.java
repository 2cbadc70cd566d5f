package com.supportbilling.job.usage;

import com.supportbilling.BillingProperties;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.intake.usage.block.UsageBlock;
import com.supportbilling.intake.usage.block.UsageIntakeEngine;
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
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The parallel usage intake (the default): the main thread reads the files as blocks of whole records,
 * {@code billing.usage-threads} threads parse and validate blocks at once, and the writer takes them
 * in file order — duplicates, bases and rejects come out as the sequential intake makes them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "billing.usage-intake", havingValue = "parallel", matchIfMissing = true)
public class ParallelUsageIntakeConfiguration {

    @Bean
    Step usageIntakeStep(JobRepository repository, PlatformTransactionManager transactionManager,
            BillingProperties properties, UsageBlockItemReader usageBlockReader,
            ItemProcessor<UsageBlock, ParsedBlock> usageBlockParser, UsageBlockWriter usageBlockWriter,
            UsageProgress usageProgress, AsyncTaskExecutor usageParsers) {
        return new StepBuilder(UsageIntakeConfiguration.STEP, repository)
                .<UsageBlock, ParsedBlock>chunk(properties.usageBlocksPerChunk())
                .transactionManager(transactionManager)
                .reader(usageBlockReader)
                .processor(usageBlockParser)
                .writer(usageBlockWriter)
                .taskExecutor(usageParsers)
                .listener(usageProgress)
                .build();
    }

    /** One engine per step execution, shared by its reader, parser and writer (not proxied: only they use it). */
    @Bean
    @Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
    UsageIntakeEngine usageIntakeEngine(RunContext run, BillingProperties properties) {
        return new UsageIntakeEngine(run.month(), run.reference().accounts().keySet(), run.feeBasePolicy(),
                run.input().usageFiles(), properties.usageBlockSize());
    }

    @Bean
    @StepScope
    UsageBlockItemReader usageBlockReader(UsageIntakeEngine usageIntakeEngine) {
        return new UsageBlockItemReader(usageIntakeEngine);
    }

    @Bean
    @StepScope
    ItemProcessor<UsageBlock, ParsedBlock> usageBlockParser(UsageIntakeEngine usageIntakeEngine) {
        return usageIntakeEngine.parser()::parse;
    }

    @Bean
    @StepScope
    UsageBlockWriter usageBlockWriter(RunContext run, UsageBlockItemReader usageBlockReader,
            UsageIntakeEngine usageIntakeEngine, Ledger ledger, Json json) {
        return new UsageBlockWriter(usageBlockReader, usageIntakeEngine,
                CsvFileWriters.fresh("usageRejects", run.folders().part(StagedPart.USAGE_REJECTS), new String[0]),
                CsvFileWriters.fresh("usageLateRejects", run.folders().part(StagedPart.USAGE_LATE_REJECTS), new String[0]),
                ledger, run.month(), run.revision(), json::write);
    }

    /** The threads that parse blocks: one per processor unless {@code billing.usage-threads} says otherwise. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor usageParsers(BillingProperties properties) {
        int threads = properties.usageThreads() > 0 ? properties.usageThreads()
                : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("usage-parser-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
