package com.supportbilling.job;

import com.supportbilling.application.RunContext;
import com.supportbilling.job.lifecycle.CompilersAfterIntake;
import com.supportbilling.job.lifecycle.RunningExecution;
import com.supportbilling.job.lifecycle.TidyAfterPublish;
import com.supportbilling.settings.BillingProperties;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The month-end billing job, top to bottom: open the run, read the reference files, read the usage,
 * check the skip limit, invoice every payer, summarize and reconcile, write the report and documents, publish.
 */
@Configuration(proxyBeanMethods = false)
public class BillingJobConfiguration {

    public static final String JOB_NAME = "monthEndBilling";

    @Bean
    Job monthEndBilling(JobRepository repository, Step openRunStep, Step referenceIntakeStep, Step usageIntakeStep,
            Step skipLimitCheckStep, Step invoicingStep, Step summarizeStep, Step readablesStep, Step publishStep,
            RunningExecution runningExecution, CompilersAfterIntake compilersAfterIntake, TidyAfterPublish tidyAfterPublish) {
        return new JobBuilder(JOB_NAME, repository)
                .listener(runningExecution)
                .listener(compilersAfterIntake)
                .listener(tidyAfterPublish)
                .start(openRunStep)
                .next(referenceIntakeStep)
                .next(usageIntakeStep)
                .next(skipLimitCheckStep)
                .next(invoicingStep)
                .next(summarizeStep)
                .next(readablesStep)
                .next(publishStep)
                .build();
    }

    @Bean
    @JobScope
    RunContext runContext(@Value("#{jobExecution}") JobExecution execution, BillingProperties properties) {
        return new RunContext(RunJobParameters.from(execution.getJobParameters()), properties);
    }
}
