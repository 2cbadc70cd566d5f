package com.supportbilling.job.lifecycle;

import com.supportbilling.application.RunParameters;
import com.supportbilling.job.RunJobParameters;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs every {@link AfterPublish} of the application once the billing job has completed (D153). */
@Component
public class TidyAfterPublish implements JobExecutionListener {

    private final ObjectProvider<AfterPublish> tidying;

    public TidyAfterPublish(ObjectProvider<AfterPublish> tidying) {
        this.tidying = tidying;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            RunParameters run = RunJobParameters.from(jobExecution.getJobParameters());
            tidying.orderedStream().forEach(tidy -> tidy.tidy(run));
        }
    }
}
