package com.supportbilling.job.lifecycle;

import com.supportbilling.jvm.CompilerDirectives;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * From a run's invoicing step to its end, the JVM's optimizing compiler takes nothing new
 * ({@link CompilerDirectives#afterIntake()}, D132); the next run in the same JVM reads its usage as the first did.
 */
@Component
public class CompilersAfterIntake implements StepExecutionListener, JobExecutionListener {

    private final Map<Long, Runnable> endings = new ConcurrentHashMap<>();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        endings.computeIfAbsent(stepExecution.getJobExecutionId(), execution -> CompilerDirectives.afterIntake());
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Runnable ending = endings.remove(jobExecution.getId());
        if (ending != null) {
            ending.run();
        }
    }
}
