package com.supportbilling.job.lifecycle;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The steps that open a run, write what people read of it, and publish it. */
@Configuration(proxyBeanMethods = false)
public class RunLifecycleConfiguration {

    public static final String PUBLISH_STEP = "publish";

    @Bean
    Step openRunStep(JobRepository repository, PlatformTransactionManager transactionManager, OpenRun openRun) {
        return new StepBuilder("openRun", repository).tasklet(openRun, transactionManager).build();
    }

    @Bean
    Step readablesStep(JobRepository repository, PlatformTransactionManager transactionManager,
            WriteReadables readables) {
        return new StepBuilder("readables", repository).tasklet(readables, transactionManager).build();
    }

    @Bean
    Step publishStep(JobRepository repository, PlatformTransactionManager transactionManager, Publish publish) {
        return new StepBuilder(PUBLISH_STEP, repository).tasklet(publish, transactionManager).build();
    }
}
