package com.supportbilling.job.reference;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The reference intake step. */
@Configuration(proxyBeanMethods = false)
public class ReferenceIntakeConfiguration {

    @Bean
    Step referenceIntakeStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ReferenceIntake referenceIntake) {
        return new StepBuilder("referenceIntake", repository).tasklet(referenceIntake, transactionManager).build();
    }
}
