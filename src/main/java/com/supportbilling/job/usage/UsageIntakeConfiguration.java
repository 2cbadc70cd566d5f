package com.supportbilling.job.usage;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The usage intake, usage files → validated rows → per-account fee bases and rejects (R2, R10), in
 * one of two ways with the same outputs: {@link ParallelUsageIntakeConfiguration} (the default) or
 * {@link SequentialUsageIntakeConfiguration}. Then the skip limit check.
 */
@Configuration(proxyBeanMethods = false)
public class UsageIntakeConfiguration {

    public static final String STEP = "usageIntake";

    @Bean
    Step skipLimitCheckStep(JobRepository repository, PlatformTransactionManager transactionManager, SkipLimitCheck check) {
        return new StepBuilder("skipLimitCheck", repository).tasklet(check, transactionManager).build();
    }
}
