package com.supportbilling.job.usage;

import com.supportbilling.application.RunContext;
import com.supportbilling.intake.usage.UsageOutcome;
import com.supportbilling.intake.usage.UsageRowValidator;
import com.supportbilling.intake.usage.UsageTally;
import com.supportbilling.job.progress.UsageProgress;
import com.supportbilling.ledger.Ledger;
import com.supportbilling.output.CsvFileWriters;
import com.supportbilling.output.Json;
import com.supportbilling.output.StagedPart;
import com.supportbilling.settings.BillingProperties;
import com.supportbilling.settings.PartitionRoles;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The straightforward usage intake ({@code billing.usage-intake=sequential}): one row at a time, on one
 * thread. Kept as the reference the parallel intake must match byte for byte.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "billing.usage-intake", havingValue = "sequential")
@Profile("!" + PartitionRoles.MANAGER)
public class SequentialUsageIntakeConfiguration {

    @Bean
    Step usageIntakeStep(JobRepository repository, PlatformTransactionManager transactionManager,
            BillingProperties properties, UsageFilesReader usageFilesReader, UsageRowProcessor usageRowProcessor,
            UsageIntakeWriter usageIntakeWriter, UsageProgress usageProgress) {
        return new StepBuilder(UsageIntakeConfiguration.STEP, repository)
                .<UsageRow, UsageOutcome>chunk(properties.usageChunkSize())
                .transactionManager(transactionManager)
                .reader(usageFilesReader)
                .processor(usageRowProcessor)
                .writer(usageIntakeWriter)
                .listener(usageProgress)
                .build();
    }

    @Bean
    @StepScope
    UsageFilesReader usageFilesReader(RunContext run) {
        return new UsageFilesReader(run.input().usageFiles());
    }

    @Bean
    @StepScope
    UsageRowProcessor usageRowProcessor(RunContext run) {
        return new UsageRowProcessor(new UsageRowValidator(run.month(), run.reference()::isKnown, run.amountLimit()));
    }

    @Bean
    @StepScope
    UsageIntakeWriter usageIntakeWriter(RunContext run, UsageFilesReader usageFilesReader, Ledger ledger, Json json) {
        return new UsageIntakeWriter(usageFilesReader, () -> new UsageTally(run.feeBasePolicy()),
                CsvFileWriters.fresh("usageRejects", run.folders().part(StagedPart.USAGE_REJECTS), new String[0]),
                new UsageIntakeRecorder(ledger, run.month(), run.revision(), json::write));
    }
}
