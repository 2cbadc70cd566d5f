package com.supportbilling.job.summary;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The summary step. */
@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

    @Bean
    Step summarizeStep(JobRepository repository, PlatformTransactionManager transactionManager, Summarize summarize) {
        return new StepBuilder("summarize", repository).tasklet(summarize, transactionManager).build();
    }
}
