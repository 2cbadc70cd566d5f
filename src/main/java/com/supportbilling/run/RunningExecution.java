package com.supportbilling.run;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** The billing job's execution in progress in this process, so that a SIGTERM can stop it cleanly. */
@Component
public class RunningExecution implements JobExecutionListener {

    private volatile JobExecution current;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current = null;
    }

    public Optional<JobExecution> current() {
        return Optional.ofNullable(current).filter(JobExecution::isRunning);
    }
}
