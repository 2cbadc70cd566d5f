package com.supportbilling.job.usage;

import com.supportbilling.application.RunContext;
import com.supportbilling.application.UsageIntake;
import com.supportbilling.intake.usage.block.ParsedBlock;
import com.supportbilling.job.progress.UsageProgress;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.CsvFileWriters;
import com.supportbilling.output.Json;
import com.supportbilling.output.StagedPart;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import java.util.concurrent.Executor;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
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

    /**
     * The usage intake of one step execution, which spills under the state folder; its reader opens a
     * pass over the usage and its writer fills that pass's fee bases.
     */
    @Bean
    @StepScope
    UsageBlockItemReader usageBlockReader(RunContext run, BillingProperties properties,
            @Qualifier(UsageIntakeConfiguration.PARSERS) Executor usageParsers) {
        return new UsageBlockItemReader(new UsageIntake(run, usageParsers, properties.stateDir().resolve("work")
                .resolve("usage-" + run.month() + "-R" + run.revision())));
    }

    @Bean
    @StepScope
    UsageBlockWriter usageBlockWriter(RunContext run, UsageBlockItemReader usageBlockReader, Ledger ledger, Json json) {
        return new UsageBlockWriter(usageBlockReader,
                CsvFileWriters.fresh("usageRejects", run.folders().part(StagedPart.USAGE_REJECTS), new String[0]),
                CsvFileWriters.fresh("usageLateRejects", run.folders().part(StagedPart.USAGE_LATE_REJECTS), new String[0]),
                new UsageIntakeRecorder(ledger, run.month(), run.revision(), json::write));
    }
}
