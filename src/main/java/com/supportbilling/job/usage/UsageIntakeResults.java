package com.supportbilling.job.usage;

import com.supportbilling.application.UsageIntakeResult;
import com.supportbilling.output.Json;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Finds the usage intake's figures of the current job instance, also after a restart. */
@Component
public class UsageIntakeResults {

    private final JobRepository repository;
    private final Json json;

    public UsageIntakeResults(JobRepository repository, Json json) {
        this.repository = repository;
        this.json = json;
    }

    public UsageIntakeResult of(StepExecution current) {
        StepExecution usageStep = repository.getLastStepExecution(current.getJobExecution().getJobInstance(),
                UsageIntakeConfiguration.STEP);
        if (usageStep == null || !usageStep.getExecutionContext().containsKey(UsageIntakeResult.CONTEXT_KEY)) {
            throw new IllegalStateException("the usage intake of this run has not completed");
        }
        return json.read(usageStep.getExecutionContext().getString(UsageIntakeResult.CONTEXT_KEY), UsageIntakeResult.class);
    }
}
