package com.supportbilling.job.lifecycle;

import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The billing job's execution in progress in this process, so that a SIGTERM can stop it cleanly:
 * the running step ends at its next commit, and the job starts no further step (D43, D50). A stop
 * asked before the job began stops it before its first step.
 */
@Component
public class RunningExecution implements JobExecutionListener {

    private volatile JobExecution current;
    private volatile boolean stopRequested;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
        if (stopRequested) {
            stopping(jobExecution);
        }
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current = null;
    }

    public Optional<JobExecution> current() {
        return Optional.ofNullable(current).filter(JobExecution::isRunning);
    }

    /**
     * Marks the execution STOPPING — Spring Batch then starts no further step — and asks its running
     * step to end at its next commit. (JobOperator.stop would also close the step's writers from the
     * signal's thread, under the running chunk.)
     */
    public void requestStop() {
        stopRequested = true;
        current().ifPresent(RunningExecution::stopping);
    }

    /** A run that has begun to publish finishes: its outputs appear whole, and it says so. */
    private static void stopping(JobExecution execution) {
        if (execution.getStepExecutions().stream()
                .anyMatch(step -> step.getStepName().equals(RunLifecycleConfiguration.PUBLISH_STEP))) {
            return;
        }
        execution.setStatus(BatchStatus.STOPPING);
        execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning())
                .forEach(StepExecution::setTerminateOnly);
    }
}
