package com.supportbilling.job.usage;

import com.supportbilling.settings.BillingProperties;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The usage intake, usage files → validated rows → per-account fee bases and rejects (R2, R10), in
 * one of two ways with the same outputs: {@link ParallelUsageIntakeConfiguration} (the default) or
 * {@link SequentialUsageIntakeConfiguration}. Then the skip limit check.
 */
@Configuration(proxyBeanMethods = false)
public class UsageIntakeConfiguration {

    public static final String STEP = "usageIntake";
    public static final String PARSERS = "usageParsers";

    @Bean
    Step skipLimitCheckStep(JobRepository repository, PlatformTransactionManager transactionManager, SkipLimitCheck check) {
        return new StepBuilder("skipLimitCheck", repository).tasklet(check, transactionManager).build();
    }

    /** The threads that parse blocks of usage: one per processor unless {@code billing.usage-threads} says otherwise. */
    @Bean(name = PARSERS, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor usageParsers(BillingProperties properties) {
        int threads = properties.usageThreadCount();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("usage-parser-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
